import type { Category } from "./types.js";
import { CATEGORIES } from "./types.js";

// A linear model over hashed character n-grams of the normalised text, trained on the labelled
// corpus by packages/domain/test/screening-corpus/train-model.ts. On its own it only sends a
// message the lexicon let through to a person (review), never blocks: it generalises to wording no
// term names (held-out rounds: most abusive messages the lexicon missed), at the cost of a few
// legitimate messages reviewed, and a person decides. With the lexicon it may weigh in both ways:
// send a block of the lexicon's to a person (model-doubt.ts), or make a review the lexicon made on
// its words alone a block (model-confirm.ts). It never lets a message through on its own.

/** A chunk shorter than this is not scored: slot values, names and amounts are not messages. */
export const MIN_CHUNK = 8;
// Long text is scored in chunks split at clause breaks so one abusive sentence is not averaged away.
const CHUNK = 160;
const MIN_TAIL = 80;
const COMMA = 0x2c;
const SPACE = 0x20;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CATEGORY_HEADS = 7;
if (CATEGORIES.length !== CATEGORY_HEADS) throw new Error("categoryOf is unrolled for seven categories");
// Words per feature in AbuseModel.categoryPairs.
const PAIR_WORDS = 4;

/** The trained weights as stored in the lexicon: one head for abuse, one per category. */
export interface AbuseModelData {
  /** A chunk the abuse head scores above this is sent to review. */
  threshold: number;
  /**
   * Heads in order: "abusive", then CATEGORIES. Each has 2^bits int8 weights in base64, a weight
   * being its byte times `scale`; a feature's index in a head is the top `bits` bits of its hash,
   * so the category heads, which only name the category of what the abuse head caught, are smaller.
   */
  heads: readonly { bits: number; scale: number; weights: string }[];
}

/** The decoded model, ready to score with; int8 weights keep the tables in cache. */
export interface AbuseModel {
  threshold: number;
  /** 32 minus the abuse head's bits: a hash shifted right by it indexes `abuse`. */
  abuseShift: number;
  abuseScale: number;
  abuse: Int8Array;
  categoryShift: number;
  categoryScale: Float64Array;
  /**
   * The category heads, four int32 words a feature, two heads to a word in 16-bit halves
   * (heads 0|1, 2|3, 4|5, then 6 alone), so one pass adds an n-gram to all seven with four adds.
   */
  categoryPairs: Int32Array;
}

/** A chunk the model would send to review, as normalised indices. */
export interface ModelHit {
  start: number;
  end: number;
  score: number;
  category: Category;
}

/** Decodes stored weights (int8 in base64; a weight is the byte times its head's `scale`). */
export function decodeModel(data: AbuseModelData): AbuseModel {
  const [abuse, ...categories] = data.heads.map((head) => {
    const bytes = Int8Array.from(atob(head.weights), (ch) => (ch.charCodeAt(0) << 24) >> 24);
    if (bytes.length !== 1 << head.bits) {
      throw new Error(`model head has ${bytes.length} weights, expected ${1 << head.bits}`);
    }
    return { bits: head.bits, scale: head.scale, bytes };
  });
  if (abuse === undefined || categories.length !== CATEGORIES.length) {
    throw new Error(`model has ${data.heads.length} heads, expected ${CATEGORIES.length + 1}`);
  }
  const categoryBits = categories[0]!.bits;
  if (categories.some((head) => head.bits !== categoryBits)) throw new Error("category heads differ in size");
  const pairs = new Int32Array(PAIR_WORDS << categoryBits);
  categories.forEach((head, c) => {
    head.bytes.forEach((w, f) => {
      pairs[f * PAIR_WORDS + (c >> 1)]! += c & 1 ? w * 0x10000 : w;
    });
  });
  return {
    threshold: data.threshold,
    abuseShift: 32 - abuse.bits,
    abuseScale: abuse.scale,
    abuse: abuse.bytes,
    categoryShift: 32 - categoryBits,
    categoryScale: Float64Array.from(categories, (head) => head.scale),
    categoryPairs: pairs,
  };
}

// Hash state before a chunk: it is read as if three spaces stood before it, so every token has
// all four n-grams ending at it and the loops below need no branch for the first tokens.
const LEAD1 = Math.imul(FNV_OFFSET ^ SPACE, FNV_PRIME);
const LEAD2 = Math.imul(LEAD1 ^ SPACE, FNV_PRIME);
const LEAD3 = Math.imul(LEAD2 ^ SPACE, FNV_PRIME);
// Every number is one token: amounts, dates and phone numbers say nothing about abuse.
const NUMBER = 0x23;
/** The widest head: a hash's top bits index the weights, and bit 15, below them, is the feature's sign. */
export const MAX_BITS = 16;

/**
 * +1 or -1 by bit 15 of an n-gram's hash. Signed hashing: n-grams that share a weight add to it
 * with random signs, so an n-gram the corpus never held scores near zero instead of inheriting
 * the (mostly abusive) weight of whatever it collides with, which made random text look abusive.
 */
function sign(hash: number): number {
  return 1 - ((hash >>> 14) & 2);
}

/**
 * `weight` times sign(hash) in integer operations: `weight * sign(hash)` is -0 for a zero weight
 * and a negative sign, and deoptimised abuseScore ("minus zero") on the first such n-gram.
 */
function signed(weight: number, hash: number): number {
  const mask = (hash << 16) >> 31;
  return (weight ^ mask) - mask;
}

function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2a;
}

// Where chunkHashes writes, reused across calls; a chunk of n units has at most 4n + 3 n-grams (a
// unit ends at most one token, a token has at most four, the closing space three). An array for a
// chunk longer than MAX_SCRATCH allows is not kept.
const MAX_SCRATCH = 1 << 16;
let scratch = new Int32Array(1024);
let hashes = scratch;

/**
 * Writes to `hashes`, in order, the hash of every n-gram of the tokens of `units[from, to)` and of
 * one space token after them, and returns how many. A token is a whole Latin word (every number
 * being one token) or any other unit but a space: English is read in words, Chinese in characters
 * and words (a character n-gram would find "cunt" in "Scunthorpe"). A word gives its 1- to 4-grams,
 * a character its 2- to 4-grams: alone, common characters made random Chinese text look abusive. A
 * repeated n-gram counts again. The n-gram ending at a token extends the one that ended at the
 * token before. chunkFeatures and categoryOf read these hashes; abuseScore inlines the same loop.
 */
function chunkHashes(units: Uint16Array, from: number, to: number): number {
  const needed = 4 * (to - from) + 3;
  if (needed > scratch.length) {
    hashes = new Int32Array(needed);
    if (needed <= MAX_SCRATCH) scratch = hashes;
  } else hashes = scratch;
  const out = hashes;
  let count = 0;
  let h1 = LEAD1;
  let h2 = LEAD2;
  let h3 = LEAD3;
  for (let i = from; i <= to; ) {
    let unit = i < to ? units[i]! : SPACE;
    if (isWordUnit(unit)) {
      let word = FNV_OFFSET;
      let letters = 0;
      do {
        word = Math.imul(word ^ unit, FNV_PRIME);
        if (unit > 0x39) letters++;
        i++;
        unit = i < to ? units[i]! : SPACE;
      } while (isWordUnit(unit));
      const t = letters === 0 ? NUMBER : word;
      const g1 = Math.imul(FNV_OFFSET ^ t, FNV_PRIME);
      const g2 = Math.imul(h1 ^ t, FNV_PRIME);
      const g3 = Math.imul(h2 ^ t, FNV_PRIME);
      const g4 = Math.imul(h3 ^ t, FNV_PRIME);
      out[count] = g1;
      out[count + 1] = g2;
      out[count + 2] = g3;
      out[count + 3] = g4;
      count += 4;
      h1 = g1;
      h2 = g2;
      h3 = g3;
    }
    i++;
    if (unit === SPACE && i <= to) continue;
    const g1 = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
    const g2 = Math.imul(h1 ^ unit, FNV_PRIME);
    const g3 = Math.imul(h2 ^ unit, FNV_PRIME);
    const g4 = Math.imul(h3 ^ unit, FNV_PRIME);
    out[count] = g2;
    out[count + 1] = g3;
    out[count + 2] = g4;
    count += 3;
    h1 = g1;
    h2 = g2;
    h3 = g3;
  }
  return count;
}

/**
 * Calls `onFeature` with the hashed index (top `bits` bits) and sign of every n-gram chunkHashes
 * lists for `units[from, to)`, in order; training uses this.
 */
export function chunkFeatures(
  units: Uint16Array,
  from: number,
  to: number,
  bits: number,
  onFeature: (index: number, sign: number) => void,
): void {
  if (bits > MAX_BITS) throw new Error(`at most ${MAX_BITS} bits, got ${bits}`);
  const shift = 32 - bits;
  const count = chunkHashes(units, from, to);
  // A copy, so that onFeature may itself list another chunk's features.
  for (const hash of hashes.slice(0, count)) onFeature(hash >>> shift, sign(hash));
}

/**
 * The abuse head's mean weight over a chunk's n-grams: chunkHashes written out by hand, since
 * after the automaton this is the screen's hottest loop, and a callback per n-gram, or counting
 * each distinct n-gram once, made the screen two to three times slower.
 */
export function abuseScore(model: AbuseModel, units: Uint16Array, from: number, to: number): number {
  const weights = model.abuse;
  const shift = model.abuseShift;
  let sum = 0;
  let count = 0;
  let h1 = LEAD1;
  let h2 = LEAD2;
  let h3 = LEAD3;
  // A word is read whole by the inner loop, and the unit after it, never a word unit, then goes on
  // below. The end reads as a closing space, the only space that is a token.
  for (let i = from; i <= to; ) {
    let unit = i < to ? units[i]! : SPACE;
    if (isWordUnit(unit)) {
      let word = FNV_OFFSET;
      let letters = 0;
      do {
        word = Math.imul(word ^ unit, FNV_PRIME);
        if (unit > 0x39) letters++;
        i++;
        unit = i < to ? units[i]! : SPACE;
      } while (isWordUnit(unit));
      const t = letters === 0 ? NUMBER : word;
      const g1 = Math.imul(FNV_OFFSET ^ t, FNV_PRIME);
      const g2 = Math.imul(h1 ^ t, FNV_PRIME);
      const g3 = Math.imul(h2 ^ t, FNV_PRIME);
      const g4 = Math.imul(h3 ^ t, FNV_PRIME);
      sum +=
        signed(weights[g1 >>> shift]!, g1) +
        signed(weights[g2 >>> shift]!, g2) +
        signed(weights[g3 >>> shift]!, g3) +
        signed(weights[g4 >>> shift]!, g4);
      count += 4;
      h1 = g1;
      h2 = g2;
      h3 = g3;
    }
    i++;
    if (unit === SPACE && i <= to) continue;
    const g1 = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
    const g2 = Math.imul(h1 ^ unit, FNV_PRIME);
    const g3 = Math.imul(h2 ^ unit, FNV_PRIME);
    const g4 = Math.imul(h3 ^ unit, FNV_PRIME);
    sum +=
      signed(weights[g2 >>> shift]!, g2) +
      signed(weights[g3 >>> shift]!, g3) +
      signed(weights[g4 >>> shift]!, g4);
    count += 3;
    h1 = g1;
    h2 = g2;
    h3 = g3;
  }
  return (sum * model.abuseScale) / count;
}

// Sums of the category heads over a chunk, one per category; integers (int8 weights times signs),
// so adding them in any order gives the same sums (as int32, as they have always been kept).
const categorySums = new Int32Array(CATEGORY_HEADS);
// Two heads' sums share an int32 word, one in each 16-bit half: the low half's carries and borrows
// go into the high half, and both come back out exactly while each sum stays within 16 bits, which
// 255 n-grams of weights from -128 to 127 cannot leave (255 * 128 = 32640 < 2^15).
const PAIR_BLOCK = 255;

function low(word: number): number {
  return (word << 16) >> 16;
}

function high(word: number): number {
  return (word - low(word)) >> 16;
}

// The category whose head scores a chunk highest; run only on the chunks the abuse head flags, but
// random Chinese text can score above a zero threshold. Hashing the chunk first and then summing
// two heads to a word over the hashes took about a third less time than summing seven bytes into
// categorySums for each n-gram as it was hashed.
function categoryOf(model: AbuseModel, units: Uint16Array, from: number, to: number): Category {
  const count = chunkHashes(units, from, to);
  const pairs = model.categoryPairs;
  const shift = model.categoryShift;
  const read = hashes;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  for (let start = 0; start < count; start += PAIR_BLOCK) {
    const end = Math.min(count, start + PAIR_BLOCK);
    let w01 = 0;
    let w23 = 0;
    let w45 = 0;
    let w6 = 0;
    for (let k = start; k < end; k++) {
      const hash = read[k]!;
      const base = (hash >>> shift) * PAIR_WORDS;
      const sg = sign(hash);
      w01 = (w01 + sg * pairs[base]!) | 0;
      w23 = (w23 + sg * pairs[base + 1]!) | 0;
      w45 = (w45 + sg * pairs[base + 2]!) | 0;
      w6 = (w6 + sg * pairs[base + 3]!) | 0;
    }
    s0 += low(w01);
    s1 += high(w01);
    s2 += low(w23);
    s3 += high(w23);
    s4 += low(w45);
    s5 += high(w45);
    s6 += w6;
  }
  const sums = categorySums;
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  sums[3] = s3;
  sums[4] = s4;
  sums[5] = s5;
  sums[6] = s6;
  let best = 0;
  for (let c = 1; c < sums.length; c++) {
    if (sums[c]! * model.categoryScale[c]! > sums[best]! * model.categoryScale[best]!) best = c;
  }
  return CATEGORIES[best]!;
}

/**
 * The chunks of a normalised text the model would send to review, with the category whose head
 * scores highest; empty when every chunk scores at or below the threshold.
 */
export function modelHits(model: AbuseModel, units: Uint16Array, length: number): ModelHit[] {
  const hits: ModelHit[] = [];
  forEachChunk(units, length, (from, to) => {
    const score = abuseScore(model, units, from, to);
    if (score > model.threshold)
      hits.push({ start: from, end: to, score, category: categoryOf(model, units, from, to) });
  });
  return hits;
}

/** The highest score of any chunk of a normalised text; undefined when the text is too short to score. */
export function maxChunkScore(model: AbuseModel, units: Uint16Array, length: number): number | undefined {
  let max: number | undefined;
  forEachChunk(units, length, (from, to) => {
    const score = abuseScore(model, units, from, to);
    if (max === undefined || score > max) max = score;
  });
  return max;
}

/** Calls `onChunk` with each chunk the model scores: splits long text at clause breaks, skips short chunks. */
function forEachChunk(units: Uint16Array, length: number, onChunk: (from: number, to: number) => void): void {
  let from = 0;
  while (from < length) {
    let to = length;
    if (length - from > CHUNK + MIN_TAIL) {
      to = from + CHUNK;
      while (to < length - MIN_TAIL && units[to] !== COMMA) to++;
    }
    if (to - from >= MIN_CHUNK) onChunk(from, to);
    from = to;
  }
}
