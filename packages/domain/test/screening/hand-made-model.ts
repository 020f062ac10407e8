// A hand-made abuse model for tests: the n-grams of one phrase weigh +1 (with their hash's sign),
// every other n-gram 0, so a text scores above zero exactly as far as it repeats that phrase.
import { type AbuseModelData, chunkFeatures } from "../../src/screening/abuse-model.js";
import { normalizeText } from "../../src/screening/normalize-text.js";
import { CATEGORIES } from "../../src/screening/types.js";

export const BITS = 10;
export const CATEGORY_BITS = 8;

/** Each n-gram feature of `text` as [index in a head of `bits` bits, sign]. */
export function signedFeatures(text: string, bits = BITS): [number, number][] {
  const normalized = normalizeText(text);
  const out: [number, number][] = [];
  chunkFeatures(normalized.units, 0, normalized.length, bits, (index, sign) => out.push([index, sign]));
  return out;
}

/** A model whose abuse head likes the n-grams of `bad`, as does category head `category`. */
export function modelOf(bad: string, category: number, threshold = 0.05): AbuseModelData {
  const encode = (bytes: Int8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes.buffer)));
  const abuse = new Int8Array(1 << BITS);
  for (const [f, sign] of signedFeatures(bad)) abuse[f] = sign;
  const heads = CATEGORIES.map((_, c) => {
    const head = new Int8Array(1 << CATEGORY_BITS);
    if (c === category) for (const [f, sign] of signedFeatures(bad, CATEGORY_BITS)) head[f] = sign;
    return { bits: CATEGORY_BITS, scale: 1, weights: encode(head) };
  });
  return { threshold, heads: [{ bits: BITS, scale: 1, weights: encode(abuse) }, ...heads] };
}
