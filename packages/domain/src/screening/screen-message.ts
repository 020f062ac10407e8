import { modelHits } from "./abuse-model.js";
import { emptyMatches, scanAutomaton } from "./aho-corasick.js";
import { postsAsBorrower } from "./borrower-post.js";
import { customerSpeaks, isCallNote, transcribedByReader } from "./call-note.js";
import { BOUNDED_END, BOUNDED_START, type CompiledLexicon } from "./compile-lexicon.js";
import { type CueHit, findContext, hasEveryGroup } from "./context-rules.js";
import { sentenceFrames } from "./described-conduct.js";
import { firstPersonReader } from "./first-person.js";
import { leadingHeaderEnd } from "./genre-header.js";
import { confirmsReview } from "./model-confirm.js";
import { doubtsBlock } from "./model-doubt.js";
import {
  cancelDoubleNegations,
  isAnsweredNo,
  isCoordinated,
  isDeniedAfter,
  isNegated,
  isTakenBack,
  listNegationScopes,
  MAX_COORDINATION_GAP,
  promiseListScopes,
} from "./negation.js";
import { type NormalizedText, normalizeTextInto } from "./normalize-text.js";
import { demandsPayment } from "./payment-demand.js";
import { isMention, isQuoted, type QuotedSpan, quotedSpans } from "./quoted-spans.js";
import { writesAsRelative } from "./relative-writer.js";
import { senderTagEnd, servesArbitration } from "./sender-tag.js";
import { endsSentenceBetween, sentenceStart } from "./sentence-bounds.js";
import { firstAtOrAfter, spanIndexAt } from "./span-search.js";
import { borrowerTurns, isInTurn } from "./speaker-turns.js";
import type { Finding, ScreenResult, Severity, Verdict } from "./types.js";

// "no" written as the abbreviation for "number": "no." then a digit, after an optional space. The
// normalised units drop the full stop, so the original text after the word (from `after`) is read.
function isNumberSign(units: Uint16Array, start: number, end: number, text: string, after: number): boolean {
  if (end - start !== 2 || units[start] !== 0x6e || units[start + 1] !== 0x6f || text[after] !== ".")
    return false;
  const next = text.charCodeAt(text[after + 1] === " " ? after + 2 : after + 1);
  return next >= 0x30 && next <= 0x39;
}

// The sender saying it told a third party nothing about the debt (see deniesDisclosure). Read under
// `i` alone: its English words are ASCII and its Chinese ones need no Unicode classes.
const NO_DISCLOSURE =
  /(?:未|没有|没|並未|并未|均未|從未|从未|不曾)(?:向[^。！？\n]{0,12})?(?:透露|提及|告知|提到|说明|說明)(?:任何|过|過|其)?(?:借款|欠款|债务|債務|账户|賬戶|帐户|逾期|贷款|貸款|还款|還款|欠债|欠債)|\bno\s+(?:account|debt|loan|balance)\s+(?:information|info|details)\s+(?:was\s+|were\s+)?(?:disclosed|shared|given|mentioned|discussed)|\b(?:did|does|will)\s+not\s+(?:disclose|mention|discuss|reveal)\s+(?:the|any|your|his|her|their)\s+(?:debt|account|balance|loan)|\b(?:didn't|did\s+not|don't|do\s+not|won't|will\s+not|never)\s+(?:disclose|mention|discuss|reveal|share)\s+(?:it|this|anything|your\s+account|the\s+account)\s+(?:with\s+\w+\s+)?without\s+your\s+(?:consent|permission|authori[sz]ation)|\bwithout\s+(?:disclosing|mentioning|revealing)\s+(?:the|any|your|his|her|their)\s+(?:debt|account|balance|loan)|只说找(?:您|你)有(?:点|些)事|(?:没|没有)(?:说|提)别的/i;

// Categories a sender can promise not to act in; an insult or obscenity is said even when negated.
const PROMISABLE: ReadonlySet<string> = new Set([
  "threat",
  "false_legal_claim",
  "impersonation",
  "third_party_disclosure",
  "privacy_exposure",
]);

/** Longest message screened by default; longer text is refused rather than half-read. */
export const DEFAULT_MAX_LENGTH = 10_000;

/** Limits for one screen. */
export interface ScreenOptions {
  maxLength?: number;
}

interface Span {
  start: number;
  end: number;
}

interface NegatedSpan extends Span {
  category: string;
  /** Negated by a negation before it, not by one inside it. */
  before: boolean;
  /** Dropped as the sender's promise not to; a finding that shares its negation is promised too. */
  promise: boolean;
}

interface Candidate extends Span {
  group: number;
  context: number;
  /** For a context finding, its cues: a negation inside one is the cue's own ("if you don't"). */
  cues?: readonly Span[];
}

function isWordUnit(unit: number | undefined): boolean {
  return (
    unit !== undefined && ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2a)
  );
}

// A finding that begins inside legitimate language is part of it ("其他欠款" is not "他欠";
// "依法向人民法院提起民事诉讼" is not a court threat); one that merely ends in it is not excused.
function startsInside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => other.start <= span.start && span.start < other.end);
}

const insideNone = (_at: number) => false;

/**
 * `startsInside` against one fixed set of spans, for many questions: the spans sorted by start, each
 * with the furthest end of those up to it, so a question is a binary search. Asked per term and cue
 * hit, a scan of every allow phrase made a long text quadratic.
 */
function insideAny(spans: readonly Span[]): (at: number) => boolean {
  if (spans.length === 0) return insideNone;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = new Int32Array(sorted.length);
  const reach = new Int32Array(sorted.length);
  let furthest = -1;
  sorted.forEach((span, i) => {
    starts[i] = span.start;
    furthest = Math.max(furthest, span.end);
    reach[i] = furthest;
  });
  return (at) => {
    // The last span starting at or before `at`; some span up to it reaches past `at` if the furthest does.
    const after = firstAtOrAfter(starts, at + 1);
    return after > 0 && reach[after - 1]! > at;
  };
}

// A negation inside a context finding negates it when it negates one of its cues ("your employer
// will not be contacted"); one that belongs to a cue ("if you don't") or negates something else
// ("Doesn't matter, love. We'll be seeing you.") leaves the finding standing.
function negatesCue(
  units: Uint16Array,
  start: number,
  end: number,
  cues: readonly Span[],
  negationEnds: readonly number[],
): boolean {
  // negationEnds ascend: only those inside the finding are read, so a long text stays linear.
  for (let i = firstAtOrAfter(negationEnds, start + 1); i < negationEnds.length; i++) {
    const at = negationEnds[i]!;
    if (at > end) break;
    if (
      !cues.some((cue) => cue.start < at && at <= cue.end) &&
      cues.some((cue) => cue.start >= at && isNegated(units, cue.start, [at]))
    )
      return true;
  }
  return false;
}

/** The verdict findings add up to: any block blocks, else any review reviews. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "block")) return "block";
  return findings.length > 0 ? "review" : "allow";
}

// Keeps the widest of nested findings of one category ("fuck" inside "fucking"); a review-level
// finding never hides a block-level one. Sorted by start, then longest first, so one sweep does.
function dropNested(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const blockEnd = new Map<string, number>();
  const anyEnd = new Map<string, number>();
  return sorted.filter((f) => {
    const covered =
      (blockEnd.get(f.category) ?? -1) >= f.end ||
      (f.severity === "review" && (anyEnd.get(f.category) ?? -1) >= f.end);
    if (covered) return false;
    anyEnd.set(f.category, Math.max(anyEnd.get(f.category) ?? -1, f.end));
    if (f.severity === "block") blockEnd.set(f.category, Math.max(blockEnd.get(f.category) ?? -1, f.end));
    return true;
  });
}

// The groups of each context rule with a cue hit in the message being screened, a bit per group
// (`groupBit`); reused across calls, cleared for each. A rule of more than 31 groups sets the top
// bit, which `isComplete` reads as "maybe": hasEveryGroup decides for it, as for every rule.
let ruleGroups = new Int32Array(256);
const MAYBE = 1 << 31;

function groupBit(group: number): number {
  return group < 31 ? 1 << group : MAYBE;
}

function isComplete(seen: number, groups: number): boolean {
  return groups > 31 ? true : seen === (1 << groups) - 1;
}

// Reused across calls: the screen reads the normalised text only until it returns, and fresh typed
// arrays per message were a third of the time at SMS size. Output never depends on the old contents.
const MAX_SCRATCH = 1 << 16;
const matches = emptyMatches();
let scratch: NormalizedText = {
  units: new Uint16Array(1024),
  length: 0,
  start: new Int32Array(1024),
  end: new Int32Array(1024),
};

/**
 * Screens one message before it is sent (or one transcript after a call): normalises it, matches
 * every term, cue, allow phrase, negation and unless word in one pass, and answers with findings
 * whose offsets point into `text` as written. The abuse model weighs in three ways: it may send a
 * message the lexicon found nothing in to review, turn a review the lexicon made on its words
 * alone into a block (model-confirm.ts), and turn a block into a review (model-doubt.ts).
 */
export function screenMessage(
  text: string,
  lexicon: CompiledLexicon,
  options: ScreenOptions = {},
): ScreenResult {
  const limit = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > limit) {
    return {
      ok: false,
      code: "TEXT_TOO_LONG",
      message: `text is ${text.length} characters, more than the limit of ${limit}`,
      limit,
      length: text.length,
    };
  }
  const normalized = normalizeTextInto(text, lexicon.table, scratch);
  if (normalized.units.length > scratch.units.length && normalized.units.length <= MAX_SCRATCH)
    scratch = normalized;
  const { units, length } = normalized;
  const terms: Candidate[] = [];
  const allowed: Span[] = [];
  const negationEnds: number[] = [];
  const negationStarts: number[] = [];
  const unlessStarts: number[] = [];
  // Where the first reporting word starts, and whether the message answers a report (see LexiconData).
  let reportedFrom = Number.POSITIVE_INFINITY;
  const redressStarts: number[] = [];
  // Where statements of what others may do and genre words start (see LexiconData).
  const normStarts: number[] = [];
  const genreStarts: number[] = [];
  // Whether the message praises a tactic's effect ("works every time"): then its genre header teaches it.
  let endorses = false;
  // Authorities named anywhere: a genre word inside one's name (监管 in 金融监管总局) names no genre.
  const authorities: Span[] = [];
  // Cue hits by rule, made only for rules whose every group has a hit: most messages touch a few of
  // the many rules and complete none. The scan notes the groups each rule has (`ruleGroups`, rules
  // in the order of their first hit in `touched`) and where the patterns with cues matched
  // (`cueAt`: pattern, start, end); the hits are made after it, in scan order, for complete rules.
  const ruleCount = lexicon.contextRules.length;
  if (ruleGroups.length < ruleCount) ruleGroups = new Int32Array(ruleCount);
  else ruleGroups.fill(0, 0, ruleCount);
  const groupsOf = ruleGroups;
  const touched: number[] = [];
  const cueAt: number[] = [];
  // Where the leading sender tag ends, read only once an authority is named: most messages name none.
  let senderEnd = -1;

  scanAutomaton(lexicon.automaton, units, length, matches);
  const { pairs } = matches;
  const { bounds } = lexicon;
  const { patternLength } = lexicon.automaton;
  for (let m = 0; m < matches.count; m++) {
    const pattern = pairs[m * 2]!;
    const end = pairs[m * 2 + 1]!;
    const start = end - patternLength[pattern]!;
    const bounded = bounds[pattern]!;
    if ((bounded & BOUNDED_START) !== 0 && isWordUnit(units[start - 1])) continue;
    if ((bounded & BOUNDED_END) !== 0 && end < length && isWordUnit(units[end])) continue;
    const use = lexicon.uses[pattern]!;
    if (use.allow) allowed.push({ start, end });
    // "no." before a number abbreviates "number" ("your neighbour at no. 14 owes"), and negates nothing.
    if (use.negation && !isNumberSign(units, start, end, text, normalized.end[end - 1]!)) {
      negationEnds.push(end);
      negationStarts.push(start);
    }
    if (use.unless) unlessStarts.push(start);
    if (use.reported) reportedFrom = Math.min(reportedFrom, start);
    if (use.redress) redressStarts.push(start);
    if (use.norm) normStarts.push(start);
    if (use.genre) genreStarts.push(start);
    if (use.endorsement) endorses = true;
    if (use.sender) {
      authorities.push({ start, end });
      if (senderEnd < 0) senderEnd = senderTagEnd(text);
      if (normalized.start[start]! < senderEnd)
        terms.push({ start, end, group: lexicon.senderGroup, context: -1 });
    }
    for (const group of use.groups) terms.push({ start, end, group, context: -1 });
    if (use.cues.length > 0) {
      cueAt.push(pattern, start, end);
      const cuePairs = use.cues;
      for (let c = 0; c < cuePairs.length; c += 2) {
        const rule = cuePairs[c]!;
        const seen = groupsOf[rule]!;
        if (seen === 0) touched.push(rule);
        groupsOf[rule] = seen | groupBit(cuePairs[c + 1]!);
      }
    }
  }
  const cues = new Map<number, CueHit[]>();
  for (const rule of touched)
    if (isComplete(groupsOf[rule]!, lexicon.contextRules[rule]!.groups.length)) cues.set(rule, []);
  if (cues.size > 0) {
    for (let i = 0; i < cueAt.length; i += 3) {
      const start = cueAt[i + 1]!;
      const end = cueAt[i + 2]!;
      const cuePairs = lexicon.uses[cueAt[i]!]!.cues;
      for (let c = 0; c < cuePairs.length; c += 2)
        cues.get(cuePairs[c]!)?.push({ group: cuePairs[c + 1]!, start, end });
    }
  }

  if (negationEnds.length > 1) cancelDoubleNegations(units, negationStarts, negationEnds);
  // Starts in ascending order, for the searches that read only those within reach of a finding.
  const negationStartsAscending =
    negationStarts.length > 1 ? [...negationStarts].sort((a, b) => a - b) : negationStarts;
  const unlessStartsAscending =
    unlessStarts.length > 1 ? [...unlessStarts].sort((a, b) => a - b) : unlessStarts;
  const isAllowed = insideAny(allowed);
  const candidates = terms.filter((term) => !isAllowed(term.start));
  for (const [r, hits] of cues) {
    const rule = lexicon.contextRules[r]!;
    if (hits.length < rule.groups.length || !hasEveryGroup(hits, rule.groups.length)) continue;
    const span = findContext(
      rule,
      allowed.length === 0 ? hits : hits.filter((hit) => !isAllowed(hit.start)),
      rule.sameSentence === true
        ? (from, to) => !endsSentenceBetween(text, normalized.start[from]!, normalized.end[to - 1]!)
        : undefined,
    );
    if (span !== undefined) candidates.push({ ...span, group: -1, context: r });
  }
  // Most messages hold no candidate: only the model is left to ask (see modelAnswer).
  if (candidates.length === 0) return { ok: true, ...modelAnswer(text, lexicon, normalized) };

  const turns = borrowerTurns(text);
  // A statement of what others may do reports its sentence and what follows; a header that names
  // the text's kind (合规提示：, "QA finding:") reports the whole message; either only where the
  // sender does not say "we" in the finding's own sentence. Original indices. A call transcript
  // under such a header (【质检抽检 通话转写】) is still the call: the agent's turns are said, not described.
  let normFrom =
    normStarts.length === 0
      ? Number.POSITIVE_INFINITY
      : sentenceStart(text, normalized.start[Math.min(...normStarts)]!);
  // A header over a tactic praised for working ("Team lead tip: … Works every time") teaches it: the
  // genre reports nothing there.
  // Nor does one over a demand that the reader pay by a time: that is collection (see payment-demand.ts).
  if (genreStarts.length > 0 && turns.length === 0 && !endorses && !demandsPayment(text)) {
    const headerEnd = leadingHeaderEnd(text);
    if (
      genreStarts.some(
        (at) => normalized.start[at]! < headerEnd && !startsInside({ start: at, end: at + 1 }, authorities),
      )
    )
      normFrom = 0;
  }
  // Quotation marks report speech as surely as a reporting word, when the message answers it; and a
  // word quoted in a list of words ("“坐牢”“抓人”等高风险词", "flag \"police\", \"jail\"") is mentioned,
  // not used, with or without an answer.
  const quotes: readonly QuotedSpan[] = quotedSpans(text);
  // The sender answers a report; in a transcript the borrower's "我要报警" answers nothing, and a word
  // inside a quotation is the quoted speaker's: a borrower transcribing a collector's text (他们的短信：
  // “…已构成信用卡诈骗罪…”) answers nothing with the 诈骗 the collector wrote.
  const redress = redressStarts.some((at) => {
    const from = normalized.start[at]!;
    return !isInTurn(from, turns) && !isQuoted(from, quotes);
  });
  // A negation or a promise that opens a list ("We will not: …", "本司承诺：不爆通讯录、…") covers it.
  const listScopes = [
    ...(negationEnds.length === 0
      ? []
      : listNegationScopes(
          text,
          negationEnds.map((end) => normalized.end[end - 1]!),
        )),
    ...promiseListScopes(text),
  ];
  // Negated findings so far; in start order, widest first, so a span's negation reaches what it holds.
  // A span negated from before ("does not post …") also negates what starts inside it; one negated
  // by a word inside it ("tonight, no court") does not reach past that word.
  // Only those that can still reach a finding are kept: candidates come in start order, and a span
  // ending more than MAX_COORDINATION_GAP before a finding's start neither holds it nor is joined to it.
  const negatedSpans: NegatedSpan[] = [];
  // Findings the sender promises not to do ("我们不会联系您的家人", "we will never contact your
  // employer"): a protective statement, dropped rather than sent to a person.
  const promised = new Set<Finding>();
  // Findings at review for their own words alone (a term the lexicon rates for review, such as
  // "police" or "your manager"), not for being reported, negated or the borrower's.
  const ownReviews = new Set<Finding>();
  // A relative writing in about the borrower discloses nothing the collector did, and what they
  // quote ("someone on the phone said she \"could go to prison\"") was said to them.
  const relative = writesAsRelative(text);
  // The borrower's own post about their debt: its words and groups are theirs (see borrower-post.ts).
  const ownPost = postsAsBorrower(text);
  // Sentences that frame their act as someone else's conduct (see described-conduct.ts), read once.
  // And sentences in which the writer tells what a collector did to them; both over one sentence split.
  const frames = sentenceFrames(text);
  const callNote = isCallNote(text);
  // A message that says nothing about the debt was told (没有透露任何借款信息, "No account information
  // disclosed") reports a call to a third party, not a disclosure; read once, when first asked.
  let disclosureDenied: boolean | undefined;
  const deniesDisclosure = (): boolean => {
    disclosureDenied ??= NO_DISCLOSURE.test(text);
    return disclosureDenied;
  };
  const framed = frames.framed;
  // Whether original index `at` stands in a quotation its sentence attributes to the customer.
  const customerQuoted = (at: number): boolean => {
    const quote = spanIndexAt(quotes, at);
    return quote >= 0 && customerSpeaks(text, quotes[quote]!.start);
  };
  const speaksInFirstPerson = firstPersonReader(text, quotes);
  const victim = frames.victim;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings = candidates.map((candidate): Finding => {
    const source =
      candidate.context >= 0 ? lexicon.contextRules[candidate.context]! : lexicon.groups[candidate.group]!;
    // A context finding spans several cues; a negation anywhere inside it ("your employer will not
    // be contacted") negates it as surely as one before it, unless it belongs to a cue ("if you
    // don't") or the rule's claim is itself negative ("孩子就不能考公"). An authority or legal claim
    // followed by a negation ("公安机关不会…", "police will never ask") is a scam warning, not a claim;
    // in Chinese only for an authority, since "坐牢是不会少的" denies nothing. A finding inside a
    // negated one, or starting inside one of its own category ("does not post … on social media. If
    // you see a post"), or joined to it by "or" ("nobody will arrest you or send the police"), shares
    // its negation.
    const start = normalized.start[candidate.start]!;
    const end = normalized.end[candidate.end - 1]!;
    // An obscenity stays obscene when negated ("Don't fuck with us"). A negation that opens a list
    // ("We will not: …; …") covers the list, and a question answered no ("…坐牢吗？答：不会") is denied,
    // unless it menaces or insults.
    const negatedBefore =
      source.category !== "obscenity" &&
      isNegated(
        units,
        candidate.start,
        negationEnds,
        source.category === "impersonation" || source.category === "false_legal_claim",
      );
    // Whether a negated span's negation reaches this finding, and whether a promise's does: one held
    // inside a promise, starting inside it within its sentence ("will not discuss your account with
    // your employer"), or joined to it by "or" ("never post about your account on social media or in
    // group chats") is promised too; one that starts inside it and runs into the next sentence ("does
    // not post … on social media. If you see a post") is merely negated.
    let sharesNegation = false;
    let sharesPromise = false;
    let live = 0;
    for (const span of negatedSpans)
      if (span.end >= candidate.start - MAX_COORDINATION_GAP) negatedSpans[live++] = span;
    negatedSpans.length = live;
    for (const span of negatedSpans) {
      const held = span.start <= candidate.start && candidate.end <= span.end;
      const joined = !held && isCoordinated(units, span.end, candidate.start);
      const startsIn =
        !held &&
        !joined &&
        span.before &&
        span.category === source.category &&
        span.start <= candidate.start &&
        candidate.start < span.end;
      if (!held && !joined && !startsIn) continue;
      sharesNegation = true;
      if (
        span.promise &&
        (held || joined || !endsSentenceBetween(text, normalized.start[span.start]!, end))
      ) {
        sharesPromise = true;
        break;
      }
    }
    // A cue negated inside the finding; for an identity ("we are a private company and not a
    // government agency") that is a denial the sender makes, as one before it would be.
    const cueNegated =
      candidate.cues !== undefined &&
      lexicon.contextRules[candidate.context]!.negativeClaim !== true &&
      negatesCue(units, candidate.start, candidate.end, candidate.cues, negationEnds);
    const negated =
      negatedBefore ||
      listScopes.some((scope) => scope.start <= start && start < scope.end) ||
      (source.category !== "threat" &&
        source.category !== "insult" &&
        source.category !== "obscenity" &&
        isAnsweredNo(text, end)) ||
      sharesNegation ||
      ((source.category === "impersonation" ||
        (source.category === "false_legal_claim" && isWordUnit(units[candidate.end - 1]))) &&
        isDeniedAfter(text, normalized, candidate.end, negationStartsAscending)) ||
      cueNegated ||
      (source.category === "third_party_disclosure" && deniesDisclosure());
    // A promise not to, taken back on a condition of non-payment, is the threat itself.
    const takenBack =
      negated &&
      unlessStarts.length > 0 &&
      isTakenBack(text, normalized, candidate.end, unlessStartsAscending);
    // A complaint reply or scam warning quotes the abuse it answers ("您反映催收员威胁要去您单位，我们
    // 已展开调查"), in its own words or in quotation marks: the words are reported, not said, but a
    // person still reads them.
    // So is an act its sentence frames as someone else's conduct: forbidden by a rule, reported in the
    // news, warned of as a scam, to be kept as evidence and reported, or remedied by the sender.
    const described =
      ((start >= normFrom || framed(start)) && !speaksInFirstPerson(start)) ||
      victim(start) ||
      (redress && (candidate.start >= reportedFrom || isQuoted(start, quotes))) ||
      (relative && isQuoted(start, quotes));
    // A word named rather than said (“坐牢”“抓人”等词, 俗称“黑名单”) is reported too; named under the
    // sender's own negation ("并不存在所谓的“黑名单”") it is still a denial.
    const mentioned = !described && isMention(start, end, text, quotes);
    // In a call note the agent's words and acts are the call itself (see call-note.ts); the
    // customer's quoted words stay theirs.
    // So is a collector's message the reader hands over verbatim ("This is what they sent me: \"…\"").
    const quote = described || mentioned ? spanIndexAt(quotes, start) : -1;
    const logged =
      (described || mentioned) &&
      ((callNote && !customerSpeaks(text, start) && !victim(start)) ||
        (quote >= 0 && transcribedByReader(text, quotes[quote]!.start)));
    const reported = (described || mentioned) && !logged;
    // In a call transcript the borrower's own words ("are you going to have me arrested?") are theirs,
    // as are a post's the borrower wrote.
    // So are the customer's in a call note ("Customer said \"I'm going to kill myself…\""), and, in any
    // message, a quotation the sentence gives to the customer ("Borrower just yelled 'go to hell'"),
    // unless negated there (客户问“你们不会把我的事发到家长群吧”), which the promise below reads.
    const borrowers =
      !reported &&
      (ownPost ||
        isInTurn(start, turns) ||
        (callNote && customerSpeaks(text, start)) ||
        (!negated && customerQuoted(start)));
    // An arbitration commission serving a case under its own tag goes to a person (see sender-tag.ts).
    const served = candidate.group === lexicon.senderGroup && servesArbitration(text, senderEnd);
    const severity: Severity =
      reported || borrowers || served || (negated && !takenBack)
        ? "review"
        : takenBack
          ? "block"
          : source.severity;
    const finding: Finding = {
      category: source.category,
      severity,
      start,
      end,
      match: text.slice(start, end),
      rule: reported
        ? `${source.rule}:reported`
        : borrowers
          ? `${source.rule}:borrower`
          : served
            ? `${source.rule}:service`
            : takenBack
              ? `${source.rule}:unless`
              : negated
                ? `${source.rule}:negated`
                : source.rule,
    };
    // A promise made in the sender's own voice, outside quotation marks, in a reply that also reports
    // what someone said ("上一位同事的说法不符合规定：我们也不会联系您孩子的学校") is still the sender's.
    const promise =
      (negatedBefore || sharesPromise || (cueNegated && source.category === "impersonation")) &&
      !takenBack &&
      (!described || (!isQuoted(start, quotes) && speaksInFirstPerson(start))) &&
      !borrowers &&
      PROMISABLE.has(source.category);
    if (severity === "review" && finding.rule === source.rule) ownReviews.add(finding);
    if (promise) promised.add(finding);
    if (negated && !takenBack)
      negatedSpans.push({
        start: candidate.start,
        end: candidate.end,
        category: source.category,
        before: negatedBefore,
        promise,
      });
    return finding;
  });
  const kept = dropNested(findings).filter(
    (f) => !promised.has(f) && !(relative && f.category === "third_party_disclosure"),
  );
  const verdict = verdictOf(kept);
  // A review made on the lexicon's words alone that the model reads as clear abuse blocks (see model-confirm.ts).
  if (
    verdict === "review" &&
    lexicon.model !== undefined &&
    kept.every((f) => ownReviews.has(f)) &&
    confirmsReview(lexicon.model, normalized)
  ) {
    const confirmed = kept.map((f): Finding => ({ ...f, severity: "block", rule: `${f.rule}:confirmed` }));
    return { ok: true, verdict: "block", findings: confirmed };
  }
  // A block the model doubts goes to a person instead (see model-doubt.ts).
  if (verdict === "block" && lexicon.model !== undefined && doubtsBlock(lexicon.model, kept, normalized)) {
    const doubted = kept.map(
      (f): Finding => (f.severity === "block" ? { ...f, severity: "review", rule: `${f.rule}:doubted` } : f),
    );
    return { ok: true, verdict: "review", findings: doubted };
  }
  return { ok: true, verdict, findings: kept };
}

/**
 * The answer for a message in which the lexicon found nothing: the model may send it to review,
 * never block it. Left to block on its own, even by a wide margin, it stopped plain reminders
 * ("We will call you tomorrow about your outstanding balance" reads to it much like a call to
 * someone else). A relative writing in about the borrower is not asked about.
 */
function modelAnswer(
  text: string,
  lexicon: CompiledLexicon,
  normalized: NormalizedText,
): { verdict: Verdict; findings: Finding[] } {
  if (lexicon.model === undefined) return { verdict: "allow", findings: [] };
  // Most messages give the model nothing to say; only those that do are read for a relative writing in.
  const hits = modelHits(lexicon.model, normalized.units, normalized.length);
  if (hits.length === 0 || writesAsRelative(text)) return { verdict: "allow", findings: [] };
  const findings = hits.map((hit): Finding => {
    const start = normalized.start[hit.start]!;
    const end = normalized.end[hit.end - 1]!;
    return {
      category: hit.category,
      severity: "review",
      start,
      end,
      match: text.slice(start, end),
      rule: "abuse-model",
    };
  });
  return { verdict: verdictOf(findings), findings };
}
