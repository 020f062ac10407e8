// A sentence ends at Chinese or full-width end marks, ! or ?, a line break, or a full stop before a space.
const END_MARKS = "。．！？!?\n;；";
const END_MARK = new RegExp(`[${END_MARKS}]`, "u");
const SENTENCE_END = new RegExp(`[${END_MARKS}]|\\.\\s`, "gu");
const SPACE = /\s/u;

/**
 * The original index where the sentence holding index `at` starts (just after the previous sentence's
 * end). It looks back from `at` only, so a long text with many findings is screened in linear time.
 */
export function sentenceStart(text: string, at: number): number {
  // A full stop at at-1 ends a sentence only with the space at `at`; that sentence starts past `at`.
  if (text[at - 1] === "." && at < text.length && SPACE.test(text[at]!)) return at;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (END_MARK.test(ch)) return i + 1;
    // `\.\s` ends the sentence after the space; a space at at-1 after a full stop is that space.
    if (ch === "." && i + 1 < at && SPACE.test(text[i + 1]!)) return i + 2;
  }
  return 0;
}

/** The original index of the end mark that closes the sentence holding `at`, or the text's length. */
export function sentenceEnd(text: string, at: number): number {
  // Searched in place from `at`: a slice per finding made a long text quadratic.
  SENTENCE_END.lastIndex = at;
  const close = SENTENCE_END.exec(text);
  return close === null ? text.length : close.index;
}

/**
 * Whether a sentence ends between original indices `from` and `to` (an end mark, or a full stop and
 * the space after it, both before `to`). It reads only that stretch, so it costs what the span does.
 */
export function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (END_MARK.test(ch)) return true;
    if (ch === "." && i + 1 < to && SPACE.test(text[i + 1]!)) return true;
  }
  return false;
}

/**
 * Every sentence of `text` in order, as parallel arrays of original indices: `starts[i]` opens the
 * sentence that `ends[i]` closes (the index of its end mark, or the text's length). One pass.
 */
export function splitSentences(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  return { starts, ends };
}
