const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
};

/** The letter a digit or symbol stands for inside a word ("bullsh1t", "a$$hole"), or undefined. */
export function leetLetter(ch: string): string | undefined {
  return LEET[ch];
}

/** Symbols that hide letters ("f*ck", "f#ck"); a run of them inside a word becomes one mask. */
export function isMaskSymbol(ch: string): boolean {
  return ch === "*" || ch === "#" || ch === "%";
}

/** Dashes and underscores: one joins a word ("co-signer"); two or more inside a word hide letters ("f--k"). */
export function isDash(ch: string): boolean {
  return ch === "-" || ch === "_" || ch === "\u2013" || ch === "\u2014";
}

/** The unit a masked run of letters becomes in normalised text; term variants use it too. */
export const MASK = "*";
