// Which corpus messages the abuse model trains on, shared by train-model.ts and the test that the
// shipped weights were trained on the corpus as it stands.
import { MIN_CHUNK } from "../../src/screening/abuse-model.js";
import type { CharTable } from "../../src/screening/char-table.js";
import { type NormalizedText, normalizeText } from "../../src/screening/normalize-text.js";

/** A message's normalised text if it is long enough for the model to score, else undefined. */
export function trainableText(text: string, table: CharTable): NormalizedText | undefined {
  const normalized = normalizeText(text, table);
  return normalized.length < MIN_CHUNK ? undefined : normalized;
}
