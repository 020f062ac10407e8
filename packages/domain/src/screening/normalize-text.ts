import { CharClass, type CharTable, charTable, classOf } from "./char-table.js";
import { isDash, isMaskSymbol, leetLetter, MASK } from "./leet.js";
import { joinSpelledLetters } from "./spelled-letters.js";

/** Text as the matcher sees it, with each unit's span in the original so findings point at what was written. */
export interface NormalizedText {
  units: Uint16Array;
  length: number;
  /** Original UTF-16 index where normalised unit i starts. */
  start: Int32Array;
  /** Original UTF-16 index just after normalised unit i. */
  end: Int32Array;
}

const SPACE = 0x20;
const COMMA = 0x2c;
const BANG = 0x21;
const MASK_UNIT = MASK.charCodeAt(0);
const NONE = -1;
const MASKED = 8;
const SOFT_GAP = 1;
const HARD_GAP = 2;
// Hoisted so the hot loop compares small integers, not properties of an imported object.
const DROP: number = CharClass.Drop;
const HAN: number = CharClass.Han;
const LATIN: number = CharClass.Latin;
const SOFT: number = CharClass.Soft;
const HARD: number = CharClass.Hard;
const OTHER: number = CharClass.Other;
const EXPAND: number = CharClass.Expand;
const DIGIT: number = CharClass.Digit;
// Not CharClasses: a unit the fast path leaves to the general one, and a digit or symbol that
// leetspeak may read as a letter (see plainEntriesOf).
const SLOW = 9;
const LEET = 10;

const LEET_UNIT = new Int32Array(128).fill(-1);
const MASK_SYMBOL = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++) {
  const ch = String.fromCharCode(unit);
  const letter = leetLetter(ch);
  if (letter !== undefined) LEET_UNIT[unit] = letter.charCodeAt(0);
  if (isMaskSymbol(ch)) MASK_SYMBOL[unit] = 1;
}
const DASH_UNITS = new Set<number>();
for (let unit = 0; unit < 0x2100; unit++) if (isDash(String.fromCharCode(unit))) DASH_UNITS.add(unit);

// Chat spellings ("ur boss", "wat u owe", "gonna kno"), read as the words they stand for when they
// stand alone: the lexicon then needs no chat copy of every phrase about "you".
const CHAT_WORDS: ReadonlyMap<string, string> = new Map([
  ["u", "you"],
  ["ur", "your"],
  ["kno", "know"],
  ["wat", "what"],
]);
const MAX_CHAT_WORD = 3;
// Each chat word keyed by its letters packed seven bits apiece, so a short word is looked up by a
// number: a string per short word ("to", "or", "not") cost a third of normalising.
const packed = (word: string): number => [...word].reduce((key, ch) => (key << 7) | ch.charCodeAt(0), 0);
const CHAT_KEYS: ReadonlyMap<number, readonly [string, string]> = new Map(
  [...CHAT_WORDS].map(([written, read]) => [packed(written), [written, read]] as const),
);
// The letters a chat word ends with, so a word that ends otherwise costs one lookup.
const CHAT_LAST = new Uint8Array(128);
for (const word of CHAT_WORDS.keys()) CHAT_LAST[word.charCodeAt(word.length - 1)] = 1;
const DOT = 0x2e;

// The key of the chat word that units[..n] ends with, or 0: the word is the letters back to a
// non-word unit, and a digit or mask before it ("f*u") glues it on.
function chatKeyBefore(units: Uint16Array, n: number): number {
  let from = n - 1;
  while (from > 0 && n - from <= MAX_CHAT_WORD && isLetter(units[from - 1]!)) from--;
  if (n - from > MAX_CHAT_WORD || (from > 0 && isWordUnit(units[from - 1]!))) return 0;
  let key = 0;
  for (let i = from; i < n; i++) key = (key << 7) | units[i]!;
  return CHAT_KEYS.has(key) ? key : 0;
}

// Animal emoji written for the character they sound like ("你🐴" for 你妈, "你个🐶东西" for 狗东西) after a
// pronoun or measure word; anywhere else an emoji between Chinese characters is a mask ("坐🐎牢").
const REBUS: ReadonlyMap<number, number> = new Map([
  [0x1f434, 0x9a6c], // 🐴 马
  [0x1f40e, 0x9a6c], // 🐎 马
  [0x1f436, 0x72d7], // 🐶 狗
  [0x1f415, 0x72d7], // 🐕 狗
  [0x1f437, 0x732a], // 🐷 猪
  [0x1f416, 0x732a], // 🐖 猪
  [0x1f414, 0x9e21], // 🐔 鸡
  [0x1f422, 0x9f9f], // 🐢 龟
]);
const REBUS_AFTER = new Set([..."你尼泥他她它个只条头这那"].map((ch) => ch.charCodeAt(0)));

// Each table's class and fold in one entry (class << 16 | fold), so the fast path reads one table
// per unit. A unit whose reading depends on its neighbours (masks, dashes, surrogates, multi-unit
// folds) has class SLOW; a digit or symbol that leetspeak may read as a letter has class LEET.
const plainEntries = new WeakMap<CharTable, Uint32Array>();

function plainEntriesOf(table: CharTable): Uint32Array {
  let plain = plainEntries.get(table);
  if (plain !== undefined) return plain;
  const { fold, cls } = table;
  plain = new Uint32Array(0x10000);
  for (let raw = 0; raw < 0x10000; raw++) {
    const k = cls[raw]!;
    const unit = fold[raw]!;
    const contextual =
      k === EXPAND ||
      (raw >= 0xd800 && raw <= 0xdfff) ||
      DASH_UNITS.has(unit) ||
      (unit < 128 && MASK_SYMBOL[unit] === 1);
    plain[raw] = ((contextual ? SLOW : unit < 128 && LEET_UNIT[unit]! >= 0 ? LEET : k) << 16) | unit;
  }
  plainEntries.set(table, plain);
  return plain;
}

function isLetter(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

// A unit that continues a word: a letter, a digit or a mask.
function isWordUnit(unit: number): boolean {
  return isLetter(unit) || (unit >= 0x30 && unit <= 0x39) || unit === MASK_UNIT;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

// One pass over one text. A class rather than closures: V8 keeps the state in fields of one
// hidden class, which measured ~3× faster than closures sharing mutable captured variables.
class Normalizer {
  units: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  n = 0;
  gap = 0;
  gapFrom = 0;
  gapTo = 0;
  prevClass = NONE;
  runUnit = NONE;
  runLength = 0;

  constructor(
    readonly text: string,
    readonly table: CharTable,
    scratch: NormalizedText | undefined,
    readonly plain: Uint32Array | undefined,
  ) {
    const capacity = text.length + 16;
    if (scratch !== undefined && scratch.units.length >= capacity) {
      this.units = scratch.units;
      this.start = scratch.start;
      this.end = scratch.end;
    } else {
      this.units = new Uint16Array(capacity);
      this.start = new Int32Array(capacity);
      this.end = new Int32Array(capacity);
    }
  }

  run(): NormalizedText {
    const { text, table } = this;
    const { fold, cls } = table;
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (this.plain !== undefined) {
        i = this.plainRun(this.plain, i);
        if (i === length) break;
      }
      const raw = text.charCodeAt(i);
      const k = cls[raw]!;
      if (k === HAN || k === LATIN || k === OTHER) {
        this.word(fold[raw]!, k, i, i + 1);
        i++;
      } else if (k === DROP) {
        i++;
      } else {
        i = this.slow(raw, i);
      }
    }
    if (this.gap === 0 && this.prevClass === LATIN && CHAT_LAST[this.units[this.n - 1]!] === 1)
      this.endWord();
    return { units: this.units, length: this.n, start: this.start, end: this.end };
  }

  // The fast path: from `i`, the units that fold to one unit and need no look at their neighbours
  // (letters, Han, other scripts, digits that are not leetspeak, punctuation that is neither a mask
  // nor a dash), with the state in locals rather than fields. It does what word() and separator()
  // would for each, and returns the index of the first unit it leaves to the general path: one
  // marked SLOW, a separator after a possible chat word (endWord), or one that might need grow().
  plainRun(plain: Uint32Array, i: number): number {
    const { text, units, start, end } = this;
    const cls = this.table.cls;
    let { n, gap, gapFrom, gapTo, prevClass, runUnit, runLength } = this;
    // Texts arrive as flat, sliced and concatenated strings in both encodings, more kinds of string
    // than V8 (Node 20) tells apart at one site: `text.charCodeAt(i)` then looked the method up
    // megamorphically for every unit, over a third of normalising. The method itself, called with
    // the text, is inlined whatever the kind of string.
    const charCodeAt = String.prototype.charCodeAt;
    const length = text.length;
    // A unit pushes at most itself and the gap before it, and that gap's separators were read
    // here except for at most one gap left open on entry: so n stays below capacity.
    const limit = Math.min(length, i + units.length - n - 1);
    for (; i < limit; i++) {
      const raw = charCodeAt.call(text, i);
      const entry = plain[raw]!;
      const unit = entry & 0xffff;
      let k = entry >>> 16;
      if (k === LEET) {
        // one() reads it as a letter right after one ("sh1t", "sh!t") or before one ("$$hole", but
        // never "!"): those are left to it; otherwise the unit stands for itself.
        if (gap === 0 && prevClass === LATIN) break;
        if (unit !== BANG) {
          const next = i + 1 < length ? cls[charCodeAt.call(text, i + 1)]! : NONE;
          if (next === LATIN || next === DROP || next === EXPAND) break;
        }
        k = cls[raw]!;
      }
      if (k === HAN || k === LATIN || k === OTHER || k === DIGIT) {
        if (gap !== 0) {
          if (n > 0 && !(gap === SOFT_GAP && prevClass === HAN && k === HAN)) {
            units[n] = gap === HARD_GAP ? COMMA : SPACE;
            start[n] = gapFrom;
            end[n] = gapTo;
            n++;
          }
          gap = 0;
        }
        if (k !== LATIN) {
          runUnit = NONE;
          runLength = 1;
        } else if (unit !== runUnit) {
          runUnit = unit;
          runLength = 1;
        } else if (++runLength >= 3) {
          end[n - 1] = i + 1;
          continue;
        }
        units[n] = unit;
        start[n] = i;
        end[n] = i + 1;
        n++;
        prevClass = k;
      } else if (k === SOFT || k === HARD) {
        if (
          gap === 0 &&
          prevClass === LATIN &&
          CHAT_LAST[units[n - 1]!] === 1 &&
          chatKeyBefore(units, n) !== 0
        )
          break;
        if (gap === 0) gapFrom = i;
        gapTo = i + 1;
        if (k === HARD) gap = HARD_GAP;
        else if (gap === 0) gap = SOFT_GAP;
        runUnit = NONE;
      } else if (k !== DROP) {
        break;
      }
    }
    this.n = n;
    this.gap = gap;
    this.gapFrom = gapFrom;
    this.gapTo = gapTo;
    this.prevClass = prevClass;
    this.runUnit = runUnit;
    this.runLength = runLength;
    return i;
  }

  // Digits, punctuation, symbols, surrogates and multi-unit folds; returns the next index.
  slow(raw: number, i: number): number {
    const { text, table } = this;
    const length = text.length;
    const astral = isHighSurrogate(raw) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1));
    const unit = table.fold[raw]!;
    if (this.gap === 0 && this.prevClass === LATIN && DASH_UNITS.has(unit)) {
      const to = this.dashRunEnd(i);
      if (to > 0) {
        this.word(MASK_UNIT, MASKED, i, to);
        return to;
      }
    }
    if ((astral || (unit < 128 && MASK_SYMBOL[unit] === 1)) && this.gap === 0 && this.prevClass === LATIN) {
      const to = this.maskRunEnd(i);
      if (to > 0) {
        this.word(MASK_UNIT, MASKED, i, to);
        return to;
      }
    }
    if (astral) {
      const rebus = this.gap === 0 && this.prevClass === HAN ? this.rebus(i) : 0;
      if (rebus !== 0) {
        this.word(rebus, HAN, i, i + 2);
        return i + 2;
      }
      this.separator(false, i, i + 2);
      return i + 2;
    }
    const k = table.cls[raw]!;
    if (k === EXPAND) {
      const expansion = table.expansions.get(raw)!;
      for (let x = 0; x < expansion.length; x++) {
        this.one(expansion.charCodeAt(x), classOf(expansion.charAt(x)), i, i + 1);
      }
    } else {
      this.one(unit, k, i, i + 1);
    }
    return i + 1;
  }

  // A folded unit that is not a plain letter: leetspeak inside a word, or a separator.
  one(unit: number, k: number, from: number, to: number): void {
    if (unit < 128) {
      const leet = LEET_UNIT[unit]!;
      if (leet >= 0) {
        const glued = this.gap === 0 && this.prevClass === LATIN;
        const interior = unit === BANG ? glued && this.nextIsLetter(to) : glued || this.nextIsLetter(to);
        if (interior) {
          this.word(leet, LATIN, from, to);
          return;
        }
      }
    }
    if (k === SOFT || k === HARD) this.separator(k === HARD, from, to);
    else if (k !== DROP) this.word(unit, k, from, to);
  }

  word(unit: number, k: number, from: number, to: number): void {
    if (this.gap !== 0) {
      if (this.n > 0 && !(this.gap === SOFT_GAP && this.prevClass === HAN && k === HAN)) {
        this.push(this.gap === HARD_GAP ? COMMA : SPACE, this.gapFrom, this.gapTo);
      }
      this.gap = 0;
    }
    if (k === LATIN && unit === this.runUnit) {
      if (++this.runLength >= 3) {
        this.end[this.n - 1] = to;
        return;
      }
    } else {
      this.runUnit = k === LATIN ? unit : NONE;
      this.runLength = 1;
    }
    this.push(unit, from, to);
    this.prevClass = k;
  }

  // A Latin word has just ended at a separator or the end of the text: a chat spelling ("u", "ur")
  // becomes the word it stands for, unless a digit or mask glues it to more ("2u", "f*u") or a lone
  // letter opens an abbreviation ("U.S."). A chat word glued to a following Chinese character stays.
  endWord(): void {
    const { units, n } = this;
    const key = chatKeyBefore(units, n);
    if (key === 0) return;
    const [word, chat] = CHAT_KEYS.get(key)!;
    const length = word.length;
    const from = n - length;
    const end = this.end[n - 1]!;
    if (length === 1 && this.text.charCodeAt(end) === DOT && /[a-z]/i.test(this.text.charAt(end + 1))) return;
    // Each written letter keeps its span; the letters the chat spelling left out take the span of
    // the one before them (or the first), so a finding still points at what was written.
    const starts = Array.from(this.start.subarray(from, n));
    const ends = Array.from(this.end.subarray(from, n));
    this.n = from;
    let written = 0;
    for (let i = 0; i < chat.length; i++) {
      if (written < length && chat.charCodeAt(i) === word.charCodeAt(written)) written++;
      const at = Math.max(written - 1, 0);
      this.push(chat.charCodeAt(i), starts[at]!, ends[at]!);
    }
  }

  // The character an animal emoji at `i` stands for after a pronoun or measure word, or 0.
  rebus(i: number): number {
    const rebus = REBUS.get(this.text.codePointAt(i)!);
    return rebus !== undefined && REBUS_AFTER.has(this.units[this.n - 1]!) ? rebus : 0;
  }

  separator(hard: boolean, from: number, to: number): void {
    // Checked here rather than per letter in word(), which must stay small enough to inline.
    if (this.gap === 0 && this.prevClass === LATIN && CHAT_LAST[this.units[this.n - 1]!] === 1)
      this.endWord();
    if (this.gap === 0) this.gapFrom = from;
    this.gapTo = to;
    if (hard) this.gap = HARD_GAP;
    else if (this.gap === 0) this.gap = SOFT_GAP;
    this.runUnit = NONE;
  }

  push(unit: number, from: number, to: number): void {
    if (this.n === this.units.length) this.grow();
    this.units[this.n] = unit;
    this.start[this.n] = from;
    this.end[this.n] = to;
    this.n++;
  }

  grow(): void {
    const capacity = this.units.length * 2;
    const units = new Uint16Array(capacity);
    units.set(this.units);
    this.units = units;
    const start = new Int32Array(capacity);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(capacity);
    end.set(this.end);
    this.end = end;
  }

  // Whether the next unit that is not dropped is a Latin letter.
  nextIsLetter(j: number): boolean {
    const { text, table } = this;
    while (j < text.length) {
      const unit = text.charCodeAt(j);
      const k = table.cls[unit]!;
      if (k === DROP) {
        j++;
        continue;
      }
      if (k === LATIN) return true;
      return k === EXPAND && classOf(table.expansions.get(unit)!.charAt(0)) === LATIN;
    }
    return false;
  }

  // End of a run of two or more dashes between letters of one word ("f--k"), or -1; one dash
  // joins words ("co-signer") and stays a separator.
  dashRunEnd(i: number): number {
    const { text, table } = this;
    let j = i;
    let dashes = 0;
    while (j < text.length) {
      const unit = text.charCodeAt(j);
      if (table.cls[unit] === DROP) j++;
      else if (DASH_UNITS.has(table.fold[unit]!)) {
        dashes++;
        j++;
      } else break;
    }
    return dashes >= 2 && this.nextIsLetter(j) ? j : -1;
  }

  // End of a run of mask symbols or emoji that sits between letters of one word, or -1.
  maskRunEnd(i: number): number {
    const { text, table } = this;
    let j = i;
    while (j < text.length) {
      const unit = text.charCodeAt(j);
      if (isHighSurrogate(unit) && j + 1 < text.length && isLowSurrogate(text.charCodeAt(j + 1))) {
        j += 2;
      } else if (
        table.cls[unit] === DROP ||
        (table.fold[unit]! < 128 && MASK_SYMBOL[table.fold[unit]!] === 1)
      ) {
        j++;
      } else {
        break;
      }
    }
    return this.nextIsLetter(j) ? j : -1;
  }
}

/**
 * Folds width, case, marks, look-alikes and traditional characters; removes zero-width characters;
 * drops separators and emoji inserted between Chinese characters ("老-赖", "坐🐎牢"); collapses
 * separators between Latin words to one space (clause punctuation to one comma) so word boundaries
 * survive; reads leetspeak and masks inside Latin words ("bullsh1t", "f**k" and "f--k" → "f*k"); reads
 * chat spellings of whole words ("ur" → "your", "u" → "you") and an animal emoji after a pronoun as the
 * character it sounds like (你🐴 → 你马); squeezes letter runs of three or more to two ("fuuuck" →
 * "fuuck", "asssshole" → "asshole"); and joins words spelled out letter by letter ("h.u.r.t" → "hurt",
 * see spelled-letters.ts).
 */
export function normalizeText(text: string, table: CharTable = charTable()): NormalizedText {
  return joinSpelledLetters(new Normalizer(text, table, undefined, plainEntriesOf(table)).run(), text);
}

/** `normalizeText` without the fast path, unit by unit; the property test checks the two agree. */
export function normalizeTextGenerally(text: string, table: CharTable = charTable()): NormalizedText {
  return joinSpelledLetters(new Normalizer(text, table, undefined, undefined).run(), text);
}

/**
 * The same as `normalizeText`, writing into `scratch`'s buffers when they are large enough; for
 * callers that screen many messages and drop each result before the next (allocation dominated).
 */
export function normalizeTextInto(text: string, table: CharTable, scratch: NormalizedText): NormalizedText {
  return joinSpelledLetters(new Normalizer(text, table, scratch, plainEntriesOf(table)).run(), text);
}

/** The normalised text as a string, for compiling terms and for tests. */
export function normalizedString(normalized: NormalizedText): string {
  let out = "";
  for (let i = 0; i < normalized.length; i++) out += String.fromCharCode(normalized.units[i]!);
  return out;
}
