import { MASK } from "./leet.js";
import type { Category } from "./types.js";

const SINGLE_WORD = /^[a-z]+$/;
const MASKABLE: ReadonlySet<Category> = new Set(["obscenity", "insult"]);

/** Spellings of an abusive Latin word with an inner run masked ("f*ck", "f*k", "fu*k"), as the normaliser writes them. */
export function maskedVariants(term: string): string[] {
  if (term.length < 4 || term.length > 14) return [];
  const out: string[] = [];
  for (let from = 1; from < term.length - 1; from++) {
    for (let to = from + 1; to <= term.length - 1; to++) {
      out.push(term.slice(0, from) + MASK + term.slice(to));
    }
  }
  return out;
}

/** The word with one letter drawn out, as the normaliser leaves "fuuuuck" ("fuuck"). */
export function stretchedVariants(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i++) {
    if (term[i] !== term[i - 1] && term[i] !== term[i + 1]) out.push(term.slice(0, i + 1) + term.slice(i));
  }
  return out;
}

/** Every spelling a normalised term is matched under, itself first. */
export function termVariants(term: string, category: Category): string[] {
  const out = new Set([term]);
  if (MASKABLE.has(category) && SINGLE_WORD.test(term)) {
    for (const masked of maskedVariants(term)) out.add(masked);
    for (const stretched of stretchedVariants(term)) out.add(stretched);
  }
  return [...out];
}
