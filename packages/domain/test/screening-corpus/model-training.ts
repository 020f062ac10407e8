// Training of the screen's abuse model, shared by train-model.ts (which writes the shipped weights)
// and cross-validate.ts (which screens each fold of the corpus with a model trained on the others).
// Deterministic (seeded order), so the same corpus gives the same weights. The threshold is set by
// 5-fold cross-validation: the score above which 3% of held-out legitimate messages fall, or zero if
// that is higher.
import { readFileSync } from "node:fs";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { type AbuseModelData, chunkFeatures } from "../../src/screening/abuse-model.js";
import { charTable } from "../../src/screening/char-table.js";
import { CATEGORIES, type Category } from "../../src/screening/types.js";
import { trainableText } from "./trainable.js";

const BITS = 16;
const CATEGORY_BITS = 12;
const EPOCHS = 30;
const RATE = 10;
const L2 = 1e-4;
export const FOLDS = 5;
const LEGIT_REVIEWED = 0.03;

/** A labelled corpus message as stored in corpus.jsonl. */
export interface CorpusMessage {
  id: string;
  text: string;
  label: "abusive" | "legitimate";
  categories: Category[];
  lang: string;
}

export interface Row {
  message: CorpusMessage;
  /** Each feature as index * 2 + (1 if its sign is -1). */
  features: Int32Array;
}

/** The messages of corpus files, in file order. */
export function readCorpus(files: readonly string[]): CorpusMessage[] {
  return files
    .flatMap((file) => readFileSync(file, "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as CorpusMessage);
}

/** The messages long enough for the model to score, with their features. */
export function trainableRows(messages: readonly CorpusMessage[]): Row[] {
  const table = charTable();
  return messages.flatMap((message) => {
    const normalized = trainableText(message.text, table);
    if (normalized === undefined) return [];
    const features: number[] = [];
    chunkFeatures(normalized.units, 0, normalized.length, BITS, (index, sign) =>
      features.push(index * 2 + (sign < 0 ? 1 : 0)),
    );
    return [{ message, features: Int32Array.from(features) }];
  });
}

/** A seeded permutation of 0 … count - 1. */
export function shuffled(count: number, seed: number): number[] {
  const rng = xoroshiro128plus(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The fold (0 … FOLDS - 1) of each of `count` items, the same for every caller. */
export function foldsOf(count: number): Int32Array {
  const folds = new Int32Array(count);
  shuffled(count, 1).forEach((item, i) => {
    folds[item] = i % FOLDS;
  });
  return folds;
}

interface Head {
  bits: number;
  weights: Float64Array;
}

// A head of fewer bits reads the top bits of the same hash: the wide index shifted right.
const narrowed = new WeakMap<Row, Int32Array>();
function featuresAt(row: Row, bits: number): Int32Array {
  if (bits === BITS) return row.features;
  let features = narrowed.get(row);
  if (features === undefined) {
    features = row.features.map((f) => (((f >>> 1) >>> (BITS - bits)) << 1) | (f & 1));
    narrowed.set(row, features);
  }
  return features;
}

function score(head: Head, features: Int32Array): number {
  let sum = 0;
  for (const f of features) sum += head.weights[f >>> 1]! * (f & 1 ? -1 : 1);
  return sum / features.length;
}

// Logistic regression by stochastic gradient descent on the mean weight of a message's n-grams, as
// scored. Rate and epochs were chosen by cross-validated recall at the threshold below (85%) and
// by how little random Chinese filler text they flag (6%); a mean rather than a sum keeps a long
// message from scoring high for its length alone.
// No intercept: with one, text made only of n-grams the corpus never saw scored as the class
// prior (abusive), so gibberish went to review; without, unknown text scores zero.
function train(train: readonly Row[], target: (row: Row) => boolean, bits: number, seed: number): Head {
  const head: Head = { bits, weights: new Float64Array(1 << bits) };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(train.length, seed + epoch)) {
      const row = train[i]!;
      const features = featuresAt(row, bits);
      const c = 1 / features.length;
      const p = 1 / (1 + Math.exp(-score(head, features)));
      const g = p - (target(row) ? 1 : 0);
      for (const f of features) {
        const w = f >>> 1;
        head.weights[w]! -= RATE * (g * c * (f & 1 ? -1 : 1) + L2 * head.weights[w]!);
      }
    }
  }
  return head;
}

const isAbusive = (row: Row) => row.message.label === "abusive";

function quantize(head: Head): AbuseModelData["heads"][number] {
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = Uint8Array.from(head.weights, (w) => Math.round(w / scale) & 0xff);
  return {
    bits: head.bits,
    scale: Number(scale.toPrecision(8)),
    weights: Buffer.from(bytes).toString("base64"),
  };
}

export interface TrainedModel {
  data: AbuseModelData;
  /** Shares of held-out legitimate and abusive messages scoring above the threshold, in cross-validation. */
  heldOutReviewed: number;
  heldOutRecall: number;
}

/** Trains the model's heads on `rows`, its threshold set by cross-validation within them. */
export function trainModel(rows: readonly Row[]): TrainedModel {
  // Held-out scores of legitimate messages, to set the threshold where the review cost is known.
  const folds = foldsOf(rows.length);
  const order = shuffled(rows.length, 1);
  const heldOutLegit: number[] = [];
  const heldOutAbusive: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = order.filter((i) => folds[i] === fold).map((i) => rows[i]!);
    const rest = order.filter((i) => folds[i] !== fold).map((i) => rows[i]!);
    const head = train(rest, isAbusive, BITS, 7);
    for (const row of test) (isAbusive(row) ? heldOutAbusive : heldOutLegit).push(score(head, row.features));
  }
  heldOutLegit.sort((a, b) => a - b);
  // Never below zero: text made of n-grams the corpus never saw scores zero, and unfamiliar text is not
  // evidence of abuse. Below zero (as the corpus grew, legitimate messages scored ever lower) the model
  // sent 89% of random Chinese filler to review.
  const threshold = Math.max(0, heldOutLegit[Math.floor((1 - LEGIT_REVIEWED) * heldOutLegit.length)]!);
  const heads = [
    train(rows, isAbusive, BITS, 7),
    ...CATEGORIES.map((category) =>
      train(rows, (row) => row.message.categories.includes(category), CATEGORY_BITS, 7),
    ),
  ];
  return {
    data: { threshold: Number(threshold.toFixed(6)), heads: heads.map(quantize) },
    heldOutReviewed: heldOutLegit.filter((s) => s > threshold).length / heldOutLegit.length,
    heldOutRecall: heldOutAbusive.filter((s) => s > threshold).length / heldOutAbusive.length,
  };
}
