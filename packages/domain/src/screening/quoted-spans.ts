/** A span of the original text between an opening and a closing quotation mark, marks excluded. */
export interface QuotedSpan {
  start: number;
  end: number;
}

// Paired marks close only their own opener; a straight quote " or ＂ opens and closes in turn. Single
// curly quotes are left out: ’ is also the apostrophe of "don’t".
const CLOSER: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["「", "」"],
  ["『", "』"],
]);
const STRAIGHT = new Set(['"', "＂"]);
const ANY_QUOTE = /["＂“「『]/;

/**
 * Where the text quotes someone ("您反映催收员说“再不还就让你坐牢”"): a complaint reply or scam
 * warning puts the abuse it answers in quotation marks. An opener left unclosed quotes nothing, so
 * a stray mark cannot excuse the rest of a message.
 */
export function quotedSpans(text: string): QuotedSpan[] {
  if (!ANY_QUOTE.test(text)) return [];
  const spans: QuotedSpan[] = [];
  let closer: string | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (closer === undefined) {
      const pair = STRAIGHT.has(ch) ? ch : CLOSER.get(ch);
      if (pair !== undefined) {
        closer = pair;
        from = i + 1;
      }
    } else if (ch === closer) {
      spans.push({ start: from, end: i });
      closer = undefined;
    }
  }
  return spans;
}

/** Whether original index `at` lies inside one of `spans`. */
export function isQuoted(at: number, spans: readonly QuotedSpan[]): boolean {
  return spans.some((span) => span.start <= at && at < span.end);
}
