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
  /** The category heads interleaved, feature by feature, so one pass scores them all. */
  categories: Int8Array;
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
  const interleaved = new Int8Array(categories.length << categoryBits);
  categories.forEach((head, c) => {
    head.bytes.forEach((w, f) => {
      interleaved[f * categories.length + c] = w;
    });
  });
  return {
    threshold: data.threshold,
    abuseShift: 32 - abuse.bits,
    abuseScale: abuse.scale,
    abuse: abuse.bytes,
    categoryShift: 32 - categoryBits,
    categoryScale: Float64Array.from(categories, (head) => head.scale),
    categories: interleaved,
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

function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2a;
}

/**
 * Calls `onFeature` with the hashed index (top `bits` bits) of every n-gram of the tokens of
 * `units[from, to)` and of one space token after them. A token is a whole Latin word (every
 * number being one token) or any other unit but a space: English is read in words, Chinese in
 * characters and words (a character n-gram would find "cunt" in "Scunthorpe"). A word gives its
 * 1- to 4-grams, a character its 2- to 4-grams: alone, common characters made random Chinese text
 * look abusive. A repeated n-gram counts again. Training and category scoring use this;
 * `abuseScore` inlines the same loop.
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
  let h1 = LEAD1;
  let h2 = LEAD2;
  let h3 = LEAD3;
  let word = 0;
  let letters = -1;
  // The n-gram ending at a token extends the one that ended at the token before.
  const token = (unit: number, unigram: boolean) => {
    const g1 = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
    const g2 = Math.imul(h1 ^ unit, FNV_PRIME);
    const g3 = Math.imul(h2 ^ unit, FNV_PRIME);
    const g4 = Math.imul(h3 ^ unit, FNV_PRIME);
    if (unigram) onFeature(g1 >>> shift, sign(g1));
    onFeature(g2 >>> shift, sign(g2));
    onFeature(g3 >>> shift, sign(g3));
    onFeature(g4 >>> shift, sign(g4));
    h1 = g1;
    h2 = g2;
    h3 = g3;
  };
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (isWordUnit(unit)) {
      if (letters < 0) {
        word = FNV_OFFSET;
        letters = 0;
      }
      word = Math.imul(word ^ unit, FNV_PRIME);
      if (unit > 0x39) letters++;
      continue;
    }
    if (letters >= 0) token(letters === 0 ? NUMBER : word, true);
    letters = -1;
    if (unit !== SPACE) token(unit, false);
  }
  if (letters >= 0) token(letters === 0 ? NUMBER : word, true);
  token(SPACE, false);
}

/**
 * The abuse head's mean weight over a chunk's n-grams: chunkFeatures written out by hand, since
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
  let word = 0;
  let letters = -1;
  for (let i = from; i <= to; i++) {
    const unit = i < to ? units[i]! : SPACE;
    if (i < to && isWordUnit(unit)) {
      if (letters < 0) {
        word = FNV_OFFSET;
        letters = 0;
      }
      word = Math.imul(word ^ unit, FNV_PRIME);
      if (unit > 0x39) letters++;
      continue;
    }
    if (letters >= 0) {
      const t = letters === 0 ? NUMBER : word;
      letters = -1;
      const g1 = Math.imul(FNV_OFFSET ^ t, FNV_PRIME);
      const g2 = Math.imul(h1 ^ t, FNV_PRIME);
      const g3 = Math.imul(h2 ^ t, FNV_PRIME);
      const g4 = Math.imul(h3 ^ t, FNV_PRIME);
      sum +=
        weights[g1 >>> shift]! * sign(g1) +
        weights[g2 >>> shift]! * sign(g2) +
        weights[g3 >>> shift]! * sign(g3) +
        weights[g4 >>> shift]! * sign(g4);
      count += 4;
      h1 = g1;
      h2 = g2;
      h3 = g3;
    }
    if (unit !== SPACE || i === to) {
      const g1 = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
      const g2 = Math.imul(h1 ^ unit, FNV_PRIME);
      const g3 = Math.imul(h2 ^ unit, FNV_PRIME);
      const g4 = Math.imul(h3 ^ unit, FNV_PRIME);
      sum +=
        weights[g2 >>> shift]! * sign(g2) +
        weights[g3 >>> shift]! * sign(g3) +
        weights[g4 >>> shift]! * sign(g4);
      count += 3;
      h1 = g1;
      h2 = g2;
      h3 = g3;
    }
  }
  return (sum * model.abuseScale) / count;
}

// Sums of the category heads over a chunk, one per category; integers (int8 weights times signs),
// so adding them in any order gives the same sums.
const CATEGORY_HEADS = 7;
if (CATEGORIES.length !== CATEGORY_HEADS) throw new Error("addCategories is unrolled for seven categories");
const categorySums = new Int32Array(CATEGORY_HEADS);

// Adds one n-gram's weights in every category head to `categorySums`; the heads are interleaved,
// so the seven weights sit side by side.
function addCategories(weights: Int8Array, index: number, sign: number): void {
  const sums = categorySums;
  const base = index * CATEGORY_HEADS;
  sums[0] = sums[0]! + sign * weights[base]!;
  sums[1] = sums[1]! + sign * weights[base + 1]!;
  sums[2] = sums[2]! + sign * weights[base + 2]!;
  sums[3] = sums[3]! + sign * weights[base + 3]!;
  sums[4] = sums[4]! + sign * weights[base + 4]!;
  sums[5] = sums[5]! + sign * weights[base + 5]!;
  sums[6] = sums[6]! + sign * weights[base + 6]!;
}

// The category whose head scores a chunk highest; run only on the chunks the abuse head flags.
// chunkFeatures written out by hand, as in abuseScore: random Chinese text can score above a zero
// threshold, and a callback per n-gram made this the screen's second hottest loop on such text.
function categoryOf(model: AbuseModel, units: Uint16Array, from: number, to: number): Category {
  const weights = model.categories;
  const shift = model.categoryShift;
  categorySums.fill(0);
  let h1 = LEAD1;
  let h2 = LEAD2;
  let h3 = LEAD3;
  let word = 0;
  let letters = -1;
  for (let i = from; i <= to; i++) {
    const unit = i < to ? units[i]! : SPACE;
    if (i < to && isWordUnit(unit)) {
      if (letters < 0) {
        word = FNV_OFFSET;
        letters = 0;
      }
      word = Math.imul(word ^ unit, FNV_PRIME);
      if (unit > 0x39) letters++;
      continue;
    }
    if (letters >= 0) {
      const t = letters === 0 ? NUMBER : word;
      letters = -1;
      const g1 = Math.imul(FNV_OFFSET ^ t, FNV_PRIME);
      const g2 = Math.imul(h1 ^ t, FNV_PRIME);
      const g3 = Math.imul(h2 ^ t, FNV_PRIME);
      const g4 = Math.imul(h3 ^ t, FNV_PRIME);
      addCategories(weights, g1 >>> shift, sign(g1));
      addCategories(weights, g2 >>> shift, sign(g2));
      addCategories(weights, g3 >>> shift, sign(g3));
      addCategories(weights, g4 >>> shift, sign(g4));
      h1 = g1;
      h2 = g2;
      h3 = g3;
    }
    if (unit !== SPACE || i === to) {
      const g1 = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
      const g2 = Math.imul(h1 ^ unit, FNV_PRIME);
      const g3 = Math.imul(h2 ^ unit, FNV_PRIME);
      const g4 = Math.imul(h3 ^ unit, FNV_PRIME);
      addCategories(weights, g2 >>> shift, sign(g2));
      addCategories(weights, g3 >>> shift, sign(g3));
      addCategories(weights, g4 >>> shift, sign(g4));
      h1 = g1;
      h2 = g2;
      h3 = g3;
    }
  }
  const sums = categorySums;
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
