import { type IndexSpan, spanIndexAt } from "./span-search.js";

/** A span of the original text between an opening and a closing quotation mark, marks excluded; in text order. */
export type QuotedSpan = IndexSpan;

// Paired marks close only their own opener; a straight quote " or ＂ opens and closes in turn. Single
// quotes (' and ‘…’) are also apostrophes ("don't", "consumers’"), so they open only at the start of a
// word and close only at the end of one.
const CLOSER: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["「", "」"],
  ["『", "』"],
]);
const STRAIGHT = new Set(['"', "＂"]);
const SINGLE: ReadonlyMap<string, string> = new Map([
  ["'", "'"],
  ["‘", "’"],
]);
const ANY_QUOTE = /["＂“「『'‘]/;
const OPENER = /["＂“「『'‘]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPENS_AFTER = /[\s([:：,，—-]/u;
// A curly opener also opens after Chinese text or punctuation or another quotation (说‘已进黑名单’,
// 示例：‘不还钱就去你家’‘我们要爆你通讯录’), where no English apostrophe stands.
const CURLY_OPENS_AFTER = /[\p{Script=Han}、。；！？’”」』]/u;

function opensSingle(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (
    (before === undefined ||
      OPENS_AFTER.test(before) ||
      (text[i] === "‘" && CURLY_OPENS_AFTER.test(before))) &&
    after !== undefined &&
    WORD_CHAR.test(after)
  );
}

function closesSingle(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !/\s/u.test(before) && (after === undefined || !WORD_CHAR.test(after));
}

/**
 * Where the text quotes someone ("您反映催收员说“再不还就让你坐牢”"): a complaint reply or scam
 * warning puts the abuse it answers in quotation marks. An opener left unclosed quotes nothing, so
 * a stray mark cannot excuse the rest of a message.
 */
export function quotedSpans(text: string): QuotedSpan[] {
  if (!ANY_QUOTE.test(text)) return [];
  const spans: QuotedSpan[] = [];
  // Jumps from mark to mark rather than reading every character: most of a text is not a quotation mark.
  for (let i = 0; i < text.length; ) {
    OPENER.lastIndex = i;
    const mark = OPENER.exec(text);
    if (mark === null) break;
    const at = mark.index;
    const ch = mark[0];
    const single = SINGLE.get(ch);
    const closer = STRAIGHT.has(ch)
      ? ch
      : (CLOSER.get(ch) ?? (single !== undefined && opensSingle(text, at) ? single : undefined));
    if (closer === undefined) {
      i = at + 1;
      continue;
    }
    const from = at + 1;
    let close = text.indexOf(closer, from);
    while (close >= 0 && single !== undefined && !closesSingle(text, close))
      close = text.indexOf(closer, close + 1);
    // An opener left unclosed quotes nothing, and nothing after it opens.
    if (close < 0) break;
    spans.push({ start: from, end: close });
    i = close + 1;
  }
  return spans;
}

/** Whether original index `at` lies inside one of `spans`. */
export function isQuoted(at: number, spans: readonly QuotedSpan[]): boolean {
  return spanIndexAt(spans, at) >= 0;
}

// A quoted word is named rather than said when it stands in a list of quoted words ("“坐牢”“抓人”“公安”",
// '"police", "court" and "jail"', '"deadbeat" or "loser"') or is called a word (“黑名单”这个说法).
const MAX_MENTION = 16;
const LIST_JOINER = /^[\s、，,;；/]*(?:(?:and|or|和|或|及|与|以及)\s*)?$/iu;
const CALLED_A_WORD =
  /^\s*(?:这个说法|这种说法|的说法|这个词|这类词|这些词|等词|等字眼|等说法|等表述|等高风险词|(?:并)?(?:不是|并非)法律(?:用语|概念|术语)|is\s+not\s+a\s+legal\s+term|isn't\s+a\s+legal\s+term|(?:多为|均为|纯属|都是)[^。！？\n]{0,8}(?:话术|谣言|谣传|说法|骗局|恐吓))/iu;
// A rumour quoted to be refuted (关于网传“…将把逾期用户信息发到朋友圈”的说法，我司郑重声明…): the whole
// claim is named, however long (1.24).
const RUMOUR = /(?:网传|网上流传|网上传言|有传言称|传言|谣传|rumou?rs?\s+that)的?\s*$/iu;
// A quotation introduced as a name for something (俗称“黑名单”, 所谓的“上门”, 'so-called "blacklist"').
const NAMED_AS = /(?:俗称|简称|又称|也叫|也称|所谓的?|被称为|称为|叫做|so-called|known as)\s*$/iu;

/**
 * Whether a finding from `start` to `end` (original indices) is a word quoted by name: it lies in a
 * short quotation that sits in a list of quotations, or fills most of one that is called a word or
 * introduced as a name (俗称“黑名单”), or it runs across such
 * a list (a rule joining "police", "court" and "jail"). Training notes, QA reports and FAQs name the
 * words they forbid; a message that uses them does not list them.
 */
export function isMention(start: number, end: number, text: string, spans: readonly QuotedSpan[]): boolean {
  const first = spanIndexAt(spans, start);
  if (first < 0) return false;
  let last = first;
  while (spans[last]!.end < end) {
    const next = spans[last + 1];
    if (next !== undefined && end > next.start && isListed(text, spans[last]!, next)) {
      last++;
      continue;
    }
    // A finding that runs on past the last quotation of a list (a rule's window carried it into
    // "…”等信息，并致电其同事") is still named there (1.26).
    if (last > first || (first > 0 && isListed(text, spans[first - 1]!, spans[first]!))) break;
    return false;
  }
  const span = spans[first]!;
  if (spans.slice(first, last + 1).some((s) => s.end - s.start > MAX_MENTION)) return false;
  if (first !== last) return true;
  // Anything inside a short quotation listed among others is mentioned (“发朋友圈曝光”“通知你单位”
  // lists both lines, 曝光 included); a quotation called a word must be mostly the finding.
  const before = spans[first - 1];
  const after = spans[first + 1];
  if (
    (before !== undefined && isListed(text, before, span)) ||
    (after !== undefined && isListed(text, span, after))
  )
    return true;
  const calledAWord = CALLED_A_WORD.test(text.slice(span.end + 1, span.end + 24));
  if (calledAWord && RUMOUR.test(text.slice(Math.max(0, span.start - 12), span.start - 1))) return true;
  return (
    (end - start) * 2 >= span.end - span.start &&
    (calledAWord || NAMED_AS.test(text.slice(Math.max(0, span.start - 12), span.start - 1)))
  );
}

function isListed(text: string, left: QuotedSpan, right: QuotedSpan): boolean {
  return LIST_JOINER.test(text.slice(left.end + 1, right.start - 1));
}
