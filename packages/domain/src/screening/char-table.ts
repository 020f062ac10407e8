import { foldChar, toSimplifiedEach } from "./char-fold.js";

/** How the normaliser treats a folded code unit. */
export const CharClass = {
  /** Zero-width characters, combining marks, variation selectors: removed. */
  Drop: 0,
  Han: 1,
  Latin: 2,
  Digit: 3,
  /** Spaces and most punctuation and symbols: word breaks that may be inserted to evade. */
  Soft: 4,
  /** Clause punctuation: kept as a clause break so a negation never reaches across it. */
  Hard: 5,
  /** Letters of other scripts: kept, never part of a Latin word. */
  Other: 6,
  /** A code unit whose fold is several units or none; see `expansions`. */
  Expand: 7,
} as const;

/** Folds and classes for every BMP code unit, built once so normalising is one table lookup per unit. */
export interface CharTable {
  fold: Uint16Array;
  cls: Uint8Array;
  expansions: Map<number, string>;
}

const HAN = /\p{Script=Han}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const DROPPED = /[\p{Mn}\p{Me}\p{Cf}]/u;
const HARD = new Set([",", ";", "!", "?", ":", "\n", "\r", "。", "｡"]);

/** Classes one already-folded character. */
export function classOf(ch: string): number {
  if (ch === "") return CharClass.Drop;
  if (ch >= "a" && ch <= "z") return CharClass.Latin;
  if (ch >= "0" && ch <= "9") return CharClass.Digit;
  if (HARD.has(ch)) return CharClass.Hard;
  if (HAN.test(ch)) return CharClass.Han;
  if (LETTER_OR_NUMBER.test(ch)) return CharClass.Other;
  if (DROPPED.test(ch)) return CharClass.Drop;
  return CharClass.Soft;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

function buildCharTable(): CharTable {
  const fold = new Uint16Array(0x10000);
  const cls = new Uint8Array(0x10000);
  const expansions = new Map<number, string>();
  const folded: string[] = [];
  for (let unit = 0; unit < 0x10000; unit++) {
    folded.push(isSurrogate(unit) ? "" : foldChar(String.fromCharCode(unit)));
  }
  const hanUnits: number[] = [];
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = folded[unit]!;
    if (ch.length === 1 && HAN.test(ch)) hanUnits.push(unit);
  }
  const simplified = toSimplifiedEach(hanUnits.map((unit) => folded[unit]!));
  hanUnits.forEach((unit, i) => {
    folded[unit] = simplified[i]!;
  });
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = folded[unit]!;
    if (isSurrogate(unit)) {
      cls[unit] = CharClass.Soft;
    } else if (ch.length === 1) {
      fold[unit] = ch.charCodeAt(0);
      cls[unit] = classOf(ch);
    } else if (ch.length === 0) {
      cls[unit] = CharClass.Drop;
    } else {
      cls[unit] = CharClass.Expand;
      expansions.set(unit, ch);
    }
  }
  return { fold, cls, expansions };
}

let shared: CharTable | undefined;

/** The one shared table; building it costs ~100 ms, so it is built on first use and kept. */
export function charTable(): CharTable {
  shared ??= buildCharTable();
  return shared;
}
