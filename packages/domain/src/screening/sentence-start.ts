// A sentence ends at Chinese or full-width end marks, ! or ?, a line break, or a full stop before a space.
const SENTENCE_END = /[。．！？!?\n;；]|\.\s/gu;

/** The original index where the sentence holding index `at` starts (just after the previous sentence's end). */
export function sentenceStart(text: string, at: number): number {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null && m.index < at; m = SENTENCE_END.exec(text)) {
    start = m.index + m[0].length;
  }
  return Math.min(start, at);
}
