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

/** Whether unit `i` is a letter standing for one written character that is a token alone (not "o" in "to"). */
function isLoneLetter(normalized: NormalizedText, i: number, step: number): boolean {
  const { units, start, end } = normalized;
  if (!isLetter(units[i]!) || end[i]! - start[i]! !== 1) return false;
  const beside = i + step;
  return beside < 0 || beside >= normalized.length || !isLetter(units[beside]!) || start[beside] === start[i];
}

/**
 * Where the first token of the first "letter gap letter" pair starts ("a b", "h.u", "s c you"), or -1: a
 * tight pass over the units, since the full reading below costs more per unit.
 */
function firstLetterPair(normalized: NormalizedText): number {
  const { units, start, length } = normalized;
  for (let i = 1; i + 1 < length; i++) {
    if (units[i] !== SPACE || !isLoneLetter(normalized, i - 1, -1) || !isLoneLetter(normalized, i + 1, 1))
      continue;
    let token = i - 1;
    while (token > 0 && start[token - 1] === start[i - 1]) token--;
    return token;
  }
  return -1;
}

/** Whether the gap at unit `i` is written as the gap at unit `first` ("h.u.r": "." twice; "f  u  c": "  " twice). */
function sameGap(normalized: NormalizedText, text: string, i: number, first: number): boolean {
  const { units, start, end } = normalized;
  if (units[i] !== SPACE || units[first] !== SPACE) return false;
  const width = end[first]! - start[first]!;
  return end[i]! - start[i]! === width && text.startsWith(text.slice(start[first]!, end[first]!), start[i]!);
}

// English words of one letter: after a word and before a space ("you're a s c u m b a g") they are words,
// unlike the first letter of a dotted acronym ("the I.R.S.").
const A = 0x61;
const I = 0x69;
const WHITESPACE = /\s/u;

/**
 * Joins words spelled out letter by letter ("s c u m b a g", "h.u.r.t", "f  u  c  k", "j j l x r") into
 * the word, in place: at least three one-letter tokens with the same gap between them. Another gap ends
 * the word, so "Y o u r   c a r" reads "your car" and "a d-e-a-d" reads "a dead"; so does "a" or "I"
 * after a word ("you're a l o s e r"). A lone "u" the normaliser read as "you" is the letter again.
 * Acronyms spelled with dots ("I.R.S.", "U.S.A.") read as the acronym, as the lexicon writes them. Each
 * letter keeps its span in the original.
 */
export function joinSpelledLetters(normalized: NormalizedText, text: string): NormalizedText {
  const { units, start, end } = normalized;
  const length = normalized.length;
  // Nothing before the first gap between two one-letter tokens can join, and most texts have none.
  const from = firstLetterPair(normalized);
  if (from < 0) return normalized;
  let write = from;
  let read = from;
  while (read < length) {
    let first = read === 0 || !isLetter(units[read - 1]!) ? letterTokenEnd(normalized, read) : -1;
    if (
      first >= 0 &&
      read >= 2 &&
      (units[read] === A || units[read] === I) &&
      isLetter(units[read - 2]!) &&
      WHITESPACE.test(text.charAt(start[first]!))
    )
      first = -1;
    // Tokens of a run: [token start, token end) pairs; most text has no one-letter word, and none after it.
    let tokens: number[] | undefined;
    if (first >= 0 && first + 1 < length && units[first] === SPACE) {
      tokens = [read, first];
      const gap = first;
      let at = first;
      while (at + 1 < length && sameGap(normalized, text, at, gap)) {
        const next = letterTokenEnd(normalized, at + 1);
        if (next < 0 || (next < length && isLetter(units[next]!))) break;
        tokens.push(at + 1, next);
        at = next;
      }
      if (tokens.length < MIN_RUN * 2) tokens = undefined;
    }
    if (tokens === undefined) {
      // Most texts join nothing: units move only once a join has opened a gap behind them.
      if (write !== read) {
        units[write] = units[read]!;
        start[write] = start[read]!;
        end[write] = end[read]!;
      }
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
