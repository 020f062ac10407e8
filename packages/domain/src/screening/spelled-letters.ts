import type { NormalizedText } from "./normalize-text.js";

const SPACE = 0x20;
const MIN_RUN = 3;

function isLetter(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/**
 * The end of the one-letter token at `i`, or -1: the units from `i` that all stand for the same single
 * written character, and are letters ("h"; or "you", which the normaliser wrote for a lone "u").
 */
function letterTokenEnd(normalized: NormalizedText, i: number): number {
  const { units, length, start, end } = normalized;
  if (!isLetter(units[i]!) || end[i]! - start[i]! !== 1) return -1;
  let j = i + 1;
  while (j < length && start[j] === start[i] && end[j] === end[i]) {
    if (!isLetter(units[j]!)) return -1;
    j++;
  }
  return j;
}

/** The width in the original of the gap at unit `i` ("h.u": 1, "f  u": 2), or 0 when it is no space. */
function gapWidth(normalized: NormalizedText, i: number): number {
  return normalized.units[i] === SPACE ? normalized.end[i]! - normalized.start[i]! : 0;
}

/**
 * Joins words spelled out letter by letter ("s c u m b a g", "h.u.r.t", "f  u  c  k", "j j l x r") into
 * the word, in place: at least three one-letter tokens with gaps of one width between them. A wider gap
 * ends the word, so "Y o u r   c a r" reads "your car". A lone "u" the normaliser read
 * as "you" is the letter again. Acronyms spelled with dots ("I.R.S.", "U.S.A.") read as the acronym,
 * as the lexicon writes them. Each letter keeps its span in the original.
 */
export function joinSpelledLetters(normalized: NormalizedText): NormalizedText {
  const { units, start, end } = normalized;
  const length = normalized.length;
  let write = 0;
  let read = 0;
  while (read < length) {
    const first = read === 0 || !isLetter(units[read - 1]!) ? letterTokenEnd(normalized, read) : -1;
    // Tokens of a run: [token start, token end) pairs; most text has no one-letter word, and none after it.
    let tokens: number[] | undefined;
    const width = first >= 0 && first + 1 < length ? gapWidth(normalized, first) : 0;
    if (width > 0) {
      tokens = [read, first];
      let at = first;
      while (at + 1 < length && gapWidth(normalized, at) === width) {
        const next = letterTokenEnd(normalized, at + 1);
        if (next < 0 || (next < length && isLetter(units[next]!))) break;
        tokens.push(at + 1, next);
        at = next;
      }
      if (tokens.length < MIN_RUN * 2) tokens = undefined;
    }
    if (tokens === undefined) {
      units[write] = units[read]!;
      start[write] = start[read]!;
      end[write] = end[read]!;
      write++;
      read++;
      continue;
    }
    for (let t = 0; t < tokens.length; t += 2) {
      const from = tokens[t]!;
      // The token's last unit is the letter as written: a chat reading ends with it ("you" for "u").
      units[write] = units[tokens[t + 1]! - 1]!;
      start[write] = start[from]!;
      end[write] = end[from]!;
      write++;
    }
    read = tokens[tokens.length - 1]!;
  }
  normalized.length = write;
  return normalized;
}
