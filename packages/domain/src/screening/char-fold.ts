import * as OpenCC from "opencc-js";

// Each step takes one character (as a string) and returns its folded form; a step may
// return "" (drop) or several characters. char-table.ts composes them once into lookup tables.

/** Unicode NFKC folds full-width letters, digits and punctuation to their ASCII forms ("ｆｕｃｋ" → "fuck"). */
export function foldWidth(ch: string): string {
  return ch.normalize("NFKC");
}

/** Lower-cases so "FUCK", "Fuck" and "fuck" are one term. */
export function foldCase(ch: string): string {
  return ch.toLowerCase();
}

const MARK = /\p{M}/gu;

/** Strips diacritics and stray combining marks, which evaders stack on letters ("fück", "i̇diot"). */
export function stripMarks(ch: string): string {
  const decomposed = ch.normalize("NFD");
  const stripped = decomposed.replace(MARK, "");
  return stripped === decomposed ? ch : stripped;
}

// Look-alike letters from other scripts and the polite or regional forms of "you": abuse is
// written with 你, legitimate notices with 您, and the lexicon should not have to list both. So are
// Cantonese function words that have one Mandarin reading whatever their context (1.20: 欠咗我哋 is
// 欠了我们, 佢 他, 喺 在, 嘅 的, 冇 没, 嚟 来), so a Mandarin term matches the Cantonese sentence;
// 唔 is left alone, since 唔該 ("please", "thanks") is not 不该.
const VARIANTS: Readonly<Record<string, string>> = {
  您: "你",
  妳: "你",
  祢: "你",
  咗: "了",
  哋: "们",
  佢: "他",
  喺: "在",
  嘅: "的",
  冇: "没",
  嚟: "来",
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ο: "o",
  α: "a",
  ι: "i",
  κ: "k",
  ν: "v",
  τ: "t",
  υ: "u",
};

/** Folds look-alike Cyrillic and Greek letters to Latin, 您/妳 to 你 and Cantonese function words to Mandarin. */
export function foldVariant(ch: string): string {
  return VARIANTS[ch] ?? ch;
}

let converter: ((text: string) => string) | undefined;

/** Converts one traditional Chinese character to simplified (臺 → 台) with OpenCC's Taiwan-to-mainland tables. */
export function toSimplified(ch: string): string {
  converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const out = converter(ch);
  // INVARIANT: one code unit in, one code unit out, so offsets stay aligned; the few
  // characters OpenCC maps to supplementary-plane forms are left as they are.
  return out.length === ch.length ? out : ch;
}

/** Converts many single characters in one OpenCC call; the table builder needs all of CJK at once. */
export function toSimplifiedEach(chars: readonly string[]): string[] {
  converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const out = converter(chars.join("\n")).split("\n");
  return chars.map((ch, i) => {
    const simplified = out[i];
    return simplified !== undefined && simplified.length === ch.length ? simplified : ch;
  });
}

/** The context-free folds in the order they apply: width, case, marks, look-alikes. */
export function foldChar(ch: string): string {
  return Array.from(stripMarks(foldCase(foldWidth(ch))), foldVariant).join("");
}
