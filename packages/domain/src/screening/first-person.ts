import { isQuoted, type QuotedSpan } from "./quoted-spans.js";
import { sentenceEnd, sentenceStart } from "./sentence-bounds.js";

// The sender speaking for itself, outside quotation marks: "we'll tell your boss", 我们明天就去.
const FIRST_PERSON =
  /\b(?:we|we'll|we're|we've|we'd|i'll|i'm|i've|i'd|us)\b|\bi\b(?!\.)|我们|咱们|我方|老子|我会|我就|我要|我让|我去|我把/iu;

// The sender telling the reader what will happen to them ("You WILL go to jail", 你就等着坐牢吧), which a
// text about collection does only while describing someone's words or a condition ("if you ignore a
// summons, you will…", "a collector may say you will be arrested", 如果催收说你一定会坐牢).
const YOU_WILL =
  /\byou(?:'ll| will| are going to|'re going to| shall)\b|你(?:就等着|一定会|肯定会|必将|必定会)/iu;
const DESCRIBING =
  /\b(?:if|unless|when|may|might|could|can|say|says|said|saying|claim|claims|claimed|claiming|tell|tells|told|telling|threaten|threatens|threatened|threatening|suggest|suggests|suggested)\b|如果|若|一旦|说|称|威胁|表示|可能/iu;

/**
 * Whether the sentence holding original index `at` has the sender speak in its own voice outside
 * quotation marks: in the first person, or telling the reader what will happen to them. A rights
 * explainer or a training note describes collectors ("debt collectors may not…", 'agent said
 * "we'll…"'); one that says "we", or "you will go to jail", in its own voice may be doing what it
 * describes.
 */
export function speaksInFirstPerson(text: string, at: number, quotes: readonly QuotedSpan[]): boolean {
  const from = sentenceStart(text, at);
  const to = sentenceEnd(text, at);
  let own = "";
  for (let i = from; i < to; i++) own += isQuoted(i, quotes) ? " " : text[i];
  const plain = own.replace(/[’‘]/gu, "'");
  return FIRST_PERSON.test(plain) || (YOU_WILL.test(plain) && !DESCRIBING.test(plain));
}

/**
 * `speaksInFirstPerson` for one text and its quotations, asked per finding: each sentence is read
 * once, so a long sentence with many findings is not read again for each of them.
 */
export function firstPersonReader(text: string, quotes: readonly QuotedSpan[]): (at: number) => boolean {
  let known: Map<number, { to: number; speaks: boolean }> | undefined;
  return (at) => {
    known ??= new Map();
    const from = sentenceStart(text, at);
    const to = sentenceEnd(text, at);
    const seen = known.get(from);
    if (seen !== undefined && seen.to === to) return seen.speaks;
    const speaks = speaksInFirstPerson(text, at, quotes);
    known.set(from, { to, speaks });
    return speaks;
  };
}
