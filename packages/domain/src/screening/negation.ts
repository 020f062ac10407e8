import type { NormalizedText } from "./normalize-text.js";
import { firstAtOrAfter } from "./span-search.js";

const SPACE = 0x20;
const COMMA = 0x2c;
const MAX_GAP = 14;
const MAX_HAN_GAP = 8;
const MAX_FILLER_WORDS = 3;
const MAX_SCOPE_GAP = 28;
const MAX_UNLESS_GAP = 40;
const MAX_HAN_GAP_AFTER = 2;
// Sentence ends in the original text; normalisation folds them into clause commas, and a promise
// may be taken back after a comma ("我们不会上门，除非你继续装死") but not in the next sentence.
const SENTENCE_END = /[。．！？!?\n]|\.\s/;

// Negations that put a whole clause in someone else's mouth ("scammers may pretend to be police
// officers or IRS agents", "不法分子冒充我司，声称已立案并将上门抓人", "we will never threaten you with
// arrest or jail"): what follows them in the clause is described, not claimed or threatened.
/**
 * An indirect question puts its clause in doubt, not on record ("you asked whether we contacted your
 * employer - there's been no contact"): the reader's or a third party's question, answered after it.
 * A negation scope here, and a negation word of the lexicon (lexicon/v17-allow.ts).
 */
export const INDIRECT_QUESTIONS: readonly string[] = [
  ...["asked", "asked earlier", "asked before", "asked me earlier", "also asked"].flatMap((lead) => [
    `${lead} whether`,
    `${lead} if`,
  ]),
  "asked me whether",
  "asked me if",
  "asked us whether",
  "asked us if",
  "asking whether",
  "wanted to know whether",
  "wanted to know if",
];

const SCOPE_NEGATIONS: readonly string[] = [
  "threaten you with",
  "threatened with",
  "threatens you with",
  "threatening you with",
  "threats of",
  // "不会因为暂时还不上钱就被抓、被拘留" (1.30): a consequence denied for a cause, up to the clause's end.
  "不会因为",
  "冒充",
  "假冒",
  "自称",
  "声称",
  "谎称",
  "假扮",
  "pretend to be",
  "pretending to be",
  "claim to be",
  "claiming to be",
  "claims to be",
  "posing as",
  "pose as",
  "impersonating",
  "impersonate",
  // A lawful step denied as such ("no wage garnishment will happen without a court order").
  "no wage garnishment",
  "no garnishment",
  "no seizure",
  "no levy",
  "no repossession",
  // A lawful step promised never to be taken, with what it would need ("never send bailiffs without a court order").
  "never send bailiffs",
  "not send bailiffs",
  "never threaten",
  ...INDIRECT_QUESTIONS,
];

// Words that may stand between a negation and what it negates: "we will not ever contact".
const FILLERS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "be",
  "ever",
  "going",
  // "You cannot go to jail for this" (1.30): going is what the sentence denies, like being.
  "go",
  "to",
  "we",
  "i",
  "us",
  "our",
  "anyone",
  "directly",
  "publicly",
  "also",
  "under",
  "any",
  "circumstances",
  "do",
  "does",
  "did",
  "is",
  "are",
  "a",
  "an",
  "such",
  // Lawful handling verbs a promise names before its object: "we do not access your phone contacts".
  "access",
  "share",
  "sell",
  "disclose",
  "reveal",
  "publish",
  "use",
  // … and before another's debt: "we will not discuss his debt with him".
  "discuss",
  "mention",
]);

// Words that may also stand there when what is denied is an identity or a status ("we are not the
// police", "your account is not on any blacklist"); before a menace they would turn litotes such as
// "we're not the kind of people you want to owe" into a promise.
const STATUS_FILLERS: ReadonlySet<string> = new Set(["the", "on"]);

function isLatin(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/**
 * Whether a negation ends shortly before `start` in the same clause, so "we will not contact your
 * employer" is a promise rather than a threat; only filler words or a few Chinese characters may
 * stand between them, which keeps "if you don't pay we will tell your boss" a threat. With `status`
 * (the finding claims an identity or a legal status), "the" and "on" may stand there too.
 */
export function isNegated(
  units: Uint16Array,
  start: number,
  negationEnds: readonly number[],
  status = false,
): boolean {
  // negationEnds ascend (the scan reports matches in end order): search back from `start` only.
  const lo = firstAtOrAfter(negationEnds, start + 1);
  if (status && isStatusDenied(units, start)) return true;
  for (let i = lo - 1; i >= 0 && start - negationEnds[i]! <= MAX_SCOPE_GAP; i--) {
    const end = negationEnds[i]!;
    if (start - end <= MAX_GAP && gapAllowsNegation(units, end, start, MAX_HAN_GAP, status)) return true;
    if (isScopeNegation(units, end) && !hasClauseBreak(units, end, start)) return true;
  }
  return false;
}

// Chinese denials of an identity or a status ("我们不是公安机关", "并非法院"), which are no negation
// before anything else ("不是吓唬你" is a veiled threat), and the words that may follow them.
const STATUS_DENIALS: readonly string[] = ["不是", "并非", "绝非", "不属于"];
const STATUS_DENIAL_FILLERS: readonly string[] = ["什么", "所谓的", "所谓", "任何", "的"];

/** Whether a Chinese denial of an identity or status ends just before normalised index `start`. */
export function isStatusDenied(units: Uint16Array, start: number): boolean {
  let at = start;
  for (const filler of STATUS_DENIAL_FILLERS) if (endsWith(units, at, filler)) at -= filler.length;
  return STATUS_DENIALS.some((denial) => endsWith(units, at, denial));
}

function endsWith(units: Uint16Array, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let i = 0; i < word.length; i++) if (units[end - word.length + i] !== word.charCodeAt(i)) return false;
  return true;
}

// Negations of an ongoing act: negated themselves ("我们不会停止联系你单位", "we won't stop calling
// your boss") they promise the act goes on.
const STOP_WORDS: ReadonlySet<string> = new Set(["停止", "暂停", "stop", "cease"]);
const MAX_DOUBLE_HAN_GAP = 2;

/**
 * Removes, in place, each stop word that a negation just before it negates, and that negation with
 * it: "不会停止联系你单位" and "we won't stop calling your boss" promise no restraint. `starts` and
 * `ends` are the negations' normalised spans in the order the scan found them (ascending ends).
 */
export function cancelDoubleNegations(units: Uint16Array, starts: number[], ends: number[]): void {
  const cancelled = new Set<number>();
  for (let i = 0; i < starts.length; i++) {
    const word = String.fromCharCode(...units.subarray(starts[i]!, ends[i]!));
    if (!STOP_WORDS.has(word)) continue;
    // Ends ascend, so the negations that end before this one starts lie before it in the list.
    for (let j = i - 1; j >= 0 && starts[i]! - ends[j]! <= MAX_GAP; j--) {
      if (ends[j]! <= starts[i]! && gapAllowsNegation(units, ends[j]!, starts[i]!, MAX_DOUBLE_HAN_GAP)) {
        cancelled.add(i);
        cancelled.add(j);
      }
    }
  }
  if (cancelled.size === 0) return;
  let kept = 0;
  for (let i = 0; i < starts.length; i++) {
    if (cancelled.has(i)) continue;
    starts[kept] = starts[i]!;
    ends[kept] = ends[i]!;
    kept++;
  }
  starts.length = kept;
  ends.length = kept;
}

/**
 * Whether a promise not to do something ending at normalised index `end` is taken back later in
 * its sentence on a condition of non-payment ("we won't call your boss unless you keep dodging
 * us"): an unless word starts within reach after it and no sentence ends between them.
 * `unlessStarts` are normalised indices in ascending order.
 */
export function isTakenBack(
  text: string,
  normalized: NormalizedText,
  end: number,
  unlessStarts: readonly number[],
): boolean {
  // `unlessStarts` ascend: only those within reach after `end` are read, so a long text stays linear.
  for (let i = firstAtOrAfter(unlessStarts, end); i < unlessStarts.length; i++) {
    const start = unlessStarts[i]!;
    if (start - end > MAX_UNLESS_GAP) break;
    if (!SENTENCE_END.test(text.slice(normalized.end[end - 1], normalized.start[start]))) return true;
  }
  return false;
}

function isScopeNegation(units: Uint16Array, end: number): boolean {
  return SCOPE_NEGATIONS.some((phrase) => {
    const from = end - phrase.length;
    if (from < 0 || (from > 0 && isLatin(units[from - 1]!))) return false;
    for (let i = 0; i < phrase.length; i++) if (units[from + i] !== phrase.charCodeAt(i)) return false;
    return true;
  });
}

function hasClauseBreak(units: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (units[i] === COMMA) return true;
  return false;
}

/**
 * Whether a negation starts right after a finding ending at `end`, in the same clause ("公安机关不会
 * 要求您转账", "the IRS will never call you"): the text says what an authority does not do, which
 * scam warnings do, rather than claiming to be it. Only filler words or two Chinese characters
 * ("法院是不会") may stand between them, and no sentence end: normalisation reads ". " as a space,
 * and "wages will be garnished Monday. We don't need a court" denies nothing. `negationStarts` are
 * normalised indices in ascending order.
 */
export function isDeniedAfter(
  text: string,
  normalized: NormalizedText,
  end: number,
  negationStarts: readonly number[],
): boolean {
  // `negationStarts` ascend: only those within reach after `end` are read, so a long text stays linear.
  for (let i = firstAtOrAfter(negationStarts, end); i < negationStarts.length; i++) {
    const start = negationStarts[i]!;
    if (start - end > MAX_GAP) break;
    if (
      gapAllowsNegation(normalized.units, end, start, MAX_HAN_GAP_AFTER) &&
      !SENTENCE_END.test(text.slice(normalized.end[end - 1], normalized.start[start])) &&
      !NOT_PAID.test(text.slice(normalized.start[start], normalized.start[start]! + 40))
    )
      return true;
  }
  return false;
}

// A negation of the payment itself ("…deported if this loan is not cleared", 如果欠款未结清) is the
// condition a claim hangs on, not a denial of the claim.
const NOT_PAID =
  /^(?:[\w']+\s+(?:yet\s+|been\s+|fully\s+)?(?:paid|cleared|settled|repaid|received|made)\b|[不没未]\S{0,2}(?:还|结清|缴|付|到账))/iu;

// Words after "or" that start a new clause rather than continue the negated one: "don't call or
// we'll visit", "not today or else".
const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  "we",
  "i",
  "you",
  "they",
  "he",
  "she",
  "ll",
  "else",
  "then",
]);
const MAX_COORDINATED_WORDS = 4;

// Chinese characters that start a consequence or a turn inside one clause ("不会…就…", "不会…但…"),
// so what follows is not part of the negated list.
const HAN_CLAUSE_TURNS = new Set([..."就但再要才还否却"].map((ch) => ch.charCodeAt(0)));
const MAX_HAN_COORDINATED = 16;

/** `isCoordinated(units, from, to)` is false when `to - from` is negative or more than this. */
export const MAX_COORDINATION_GAP = Math.max(MAX_SCOPE_GAP, MAX_HAN_COORDINATED);

/**
 * Whether normalised text from `from` to `to` joins a negated finding to the next one by "or"/"nor"
 * ("we won't post anything on social media or contact anyone in your phone book"): the negation
 * covers both. A new subject or "or else" starts a clause of its own, which stays a threat. In
 * Chinese a list runs on without a conjunction ("不会在朋友圈、微信群…公开您的信息": normalisation drops
 * the 、): Chinese characters alone, no clause break and no 就/但/再… carry the negation along.
 */
export function isCoordinated(units: Uint16Array, from: number, to: number): boolean {
  if (to < from) return false;
  if (isHanRun(units, from, to)) return true;
  if (to - from > MAX_SCOPE_GAP) return false;
  const gap = String.fromCharCode(...units.subarray(from, to));
  const words = gap.split(" ").filter((word) => word !== "");
  if (
    (words[0] === "or" || words[0] === "nor") &&
    words.length <= MAX_COORDINATED_WORDS &&
    words.every((word) => /^[a-z]+$/.test(word) && !CLAUSE_STARTERS.has(word))
  )
    return true;
  // A comma list whose last item comes after "or" ("never contact your employer, your family or
  // your references"): every item between the commas is a short noun phrase of the same list.
  const items = gap.split(",");
  const tail = items[items.length - 1]!.split(" ").filter((word) => word !== "");
  return (
    items.length >= 2 &&
    items[0]!.trim() === "" &&
    (tail[tail.length - 1] === "or" || tail[tail.length - 1] === "nor") &&
    items.slice(1).every((item) => {
      const itemWords = item.split(" ").filter((word) => word !== "");
      return (
        itemWords.length >= 1 &&
        itemWords.length <= MAX_COORDINATED_WORDS &&
        itemWords.every((word) => /^[a-z]+$/.test(word) && !CLAUSE_STARTERS.has(word))
      );
    })
  );
}

function isHanRun(units: Uint16Array, from: number, to: number): boolean {
  if (to - from > MAX_HAN_COORDINATED || !isHan(units[from - 1]) || !isHan(units[to])) return false;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (!isHan(unit) || HAN_CLAUSE_TURNS.has(unit)) return false;
  }
  return true;
}

// Prepositions that open the phrase saying where, to whom or by what means a promise holds
// ("绝不会在社群媒体或通讯群组公开您的资料", "不会向您的亲友透露"): the phrase may run longer than the usual gap.
const HAN_PREPOSITIONS = new Set([..."在向对给跟与和通过于把以用经"].map((ch) => ch.charCodeAt(0)));

/**
 * Whether normalised units from `from` to `to` are one Chinese prepositional phrase: Chinese
 * characters only, opening with a preposition, with no clause break or turn (就, 但, 再, 还 …).
 */
export function isPrepositionalPhrase(units: Uint16Array, from: number, to: number): boolean {
  if (to - from > MAX_GAP || !HAN_PREPOSITIONS.has(units[from]!)) return false;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (!isHan(unit) || HAN_CLAUSE_TURNS.has(unit)) return false;
  }
  return true;
}

function isHan(unit: number | undefined): boolean {
  return unit !== undefined && unit >= 0x3400 && unit <= 0x9fff;
}

// A question answered "no" straight after it ("网贷逾期会被抓去坐牢吗？答：不会。", "Can I go to jail for
// this? No. …"); an answer that is itself a question ("No? Then pay.") is rhetoric, not an answer.
const QUESTION_THEN_NO =
  /^(?:(?!\.\s)[^。！!？?\n])*[？?]\s*(?:(?:答|回答|A)\s*[:：]\s*)?(?:不会|不是|没有|不能|no|not)(?![\p{L}？?])/iu;

/**
 * Whether the finding ending at original index `end` sits in a question that the next words answer
 * with a negation: an FAQ or a call transcript denying what the question raised.
 */
export function isAnsweredNo(text: string, end: number): boolean {
  return QUESTION_THEN_NO.test(text.slice(end, end + 200));
}

// A negation that introduces a list ("We will not: access your contacts; …; or post about you",
// "Don't say: \"…\"", "我们不会：…"): it covers the list to the end of its sentence. Only a verb of
// saying may stand between the negation and the colon, so "Don't ignore this: we will visit" stays.
const LIST_OPENER = /^(?:\s+(?:say|use|ever|do|include|mention|write|说|使用))?\s*[:：]/iu;
const LIST_END = /[。！？!?]|\.(?=\s|$)|\n\s*\n/gu;

/**
 * Original-text spans a list-opening negation covers: from the colon after it to the end of the
 * sentence. `negationEnds` are original indices just past each negation word.
 */
export function listNegationScopes(text: string, negationEnds: readonly number[]): Span[] {
  const scopes: Span[] = [];
  for (const end of negationEnds) {
    const opener = LIST_OPENER.exec(text.slice(end, end + 24));
    if (opener === null) continue;
    const from = end + opener[0].length;
    LIST_END.lastIndex = from;
    const close = LIST_END.exec(text);
    scopes.push({ start: from, end: close === null ? text.length : close.index });
  }
  return scopes;
}

// A promise that opens a list of what the sender will not do ("本司承诺：不爆通讯录、不骚扰亲友…", "Our
// commitment: no calls to your employer, …"): the list is promised as a negation-opened one is. Read
// around each colon, which is rare, rather than by a pattern tried at every position of the text.
const PROMISE_BEFORE =
  /(?:承诺|保证|郑重声明|\bwe promise|\bwe pledge|\bour (?:promise|pledge|commitment)s?(?: to you)?)\s*$/iu;
const PROMISE_AFTER = /^\s*(?=不|绝不|决不|从不|从未|no\b|never\b|we (?:will )?(?:never|not)\b)/iu;
const PROMISE_REACH = 32;

/** Original-text spans a promise list covers: from its colon to the end of the sentence. */
export function promiseListScopes(text: string): Span[] {
  const scopes: Span[] = [];
  let ascii = text.indexOf(":");
  let wide = text.indexOf("：");
  while (ascii >= 0 || wide >= 0) {
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (colon === ascii) ascii = text.indexOf(":", colon + 1);
    else wide = text.indexOf("：", colon + 1);
    if (!PROMISE_BEFORE.test(text.slice(Math.max(0, colon - PROMISE_REACH), colon))) continue;
    const after = PROMISE_AFTER.exec(text.slice(colon + 1, colon + 1 + PROMISE_REACH));
    if (after === null) continue;
    const from = colon + 1 + after[0].length;
    LIST_END.lastIndex = from;
    const close = LIST_END.exec(text);
    scopes.push({ start: from, end: close === null ? text.length : close.index });
  }
  return scopes;
}

interface Span {
  start: number;
  end: number;
}

function gapAllowsNegation(
  units: Uint16Array,
  from: number,
  to: number,
  maxHan = MAX_HAN_GAP,
  status = false,
): boolean {
  let latin = false;
  let han = 0;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (unit === COMMA) return false;
    if (isLatin(unit)) latin = true;
    else if (unit !== SPACE) han++;
  }
  if (!latin) return han <= maxHan || (maxHan === MAX_HAN_GAP && isPrepositionalPhrase(units, from, to));
  const words = String.fromCharCode(...units.subarray(from, to))
    .split(" ")
    .filter((word) => word !== "");
  return (
    words.length <= MAX_FILLER_WORDS &&
    words.every((word) => FILLERS.has(word) || (status && STATUS_FILLERS.has(word)))
  );
}
