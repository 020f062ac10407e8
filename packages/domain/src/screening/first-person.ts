import { isQuoted, type QuotedSpan } from "./quoted-spans.js";
import { sentenceEnd, sentenceStart } from "./sentence-bounds.js";

// The sender speaking for itself, outside quotation marks: "we'll tell your boss", 我们明天就去.
const FIRST_PERSON =
  /\b(?:we|we'll|we're|we've|we'd|i'll|i'm|i've|i'd|us)\b|\bi\b(?!\.)|我们|咱们|我方|老子|我会|我就|我要|我让|我去|我把/iu;

/**
 * Whether the sentence holding original index `at` has the sender speak in the first person outside
 * quotation marks. A rights explainer or a training note describes collectors ("debt collectors may
 * not…", 'agent said "we'll…"'); one that says "we" in its own voice may be doing what it describes.
 */
export function speaksInFirstPerson(text: string, at: number, quotes: readonly QuotedSpan[]): boolean {
  const from = sentenceStart(text, at);
  const to = sentenceEnd(text, at);
  let own = "";
  for (let i = from; i < to; i++) own += isQuoted(i, quotes) ? " " : text[i];
  return FIRST_PERSON.test(own.replace(/[’‘]/gu, "'"));
}
