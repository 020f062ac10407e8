import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { charTable } from "./char-table.js";
import {
  type NormalizedText,
  normalizedString,
  normalizeText,
  normalizeTextGenerally,
  normalizeTextInto,
} from "./normalize-text.js";

const norm = (text: string) => normalizedString(normalizeText(text));

describe("normalizeText", () => {
  it("drops separators and emoji inserted between Chinese characters", () => {
    expect(norm("老-赖")).toBe("老赖");
    expect(norm("坐🐎牢")).toBe("坐牢");
    expect(norm("你 家 住 哪")).toBe("你家住哪");
    expect(norm("骗\u200b子")).toBe("骗子");
  });

  it("keeps one space between Latin words so word boundaries survive", () => {
    expect(norm("Tell   your\tboss")).toBe("tell your boss");
    expect(norm("we'll find you")).toBe("we ll find you");
  });

  it("keeps clause punctuation as a comma break", () => {
    expect(norm("If you don't pay, we call")).toBe("if you don t pay,we call");
    expect(norm("还钱。不然")).toBe("还钱,不然");
  });

  it("folds full-width, case and traditional characters", () => {
    expect(norm("ＦＵＣＫ")).toBe("fuck");
    expect(norm("騙子")).toBe("骗子");
    expect(norm("您家人")).toBe("你家人");
  });

  it("reads leetspeak inside words only", () => {
    expect(norm("bullsh1t")).toBe("bullshit");
    expect(norm("a$$hole")).toBe("asshole");
    expect(norm("sh!t")).toBe("shit");
    expect(norm("pay $500 by 3 May!")).toBe("pay 500 by 3 may");
    expect(norm("idiot!")).toBe("idiot");
  });

  it("turns a masked run inside a word into one mask", () => {
    expect(norm("f*cking")).toBe("f*cking");
    expect(norm("f**k")).toBe("f*k");
    expect(norm("f🙂ck")).toBe("f*ck");
    expect(norm("note * here")).toBe("note here");
    expect(norm("motherf---er")).toBe("motherf*er");
    expect(norm("sh__t")).toBe("sh*t");
    expect(norm("co-signer, 2024--2025")).toBe("co signer,2024 2025");
  });

  it("squeezes letter runs of three or more to two", () => {
    expect(norm("fuuuuck")).toBe("fuuck");
    expect(norm("asssshole")).toBe("asshole");
    expect(norm("loser")).toBe("loser");
    expect(norm("too")).toBe("too");
  });

  it("maps every normalised unit back to its span in the original", () => {
    const text = "ｆ*ｃk 老-賴";
    const n = normalizeText(text);
    expect(normalizedString(n)).toBe("f*ck 老赖");
    const spans = Array.from({ length: n.length }, (_, i) => text.slice(n.start[i], n.end[i]));
    expect(spans).toEqual(["ｆ", "*", "ｃ", "k", " ", "老", "賴"]);
  });

  it("maps a squeezed run to the whole run", () => {
    const n = normalizeText("fuuuuck");
    expect([n.start[2], n.end[2]]).toEqual([2, 5]);
  });

  it("survives lone surrogates", () => {
    expect(norm("ab\ud800cd\udc00ef")).toBe("ab cd ef");
  });

  it("returns nothing for empty text", () => {
    expect(normalizeText("").length).toBe(0);
  });

  it("reads chat spellings of whole words", () => {
    expect(norm("ur boss n ur mum r gonna kno wat u owe")).toBe(
      "your boss n your mum r gonna know what you owe",
    );
    expect(norm("U owe US")).toBe("you owe us");
  });

  it("leaves letters inside words, before digits or masks, and abbreviations alone", () => {
    expect(norm("urge our u2 f*u")).toBe("urge our u2 f*u");
    expect(norm("U.S. Marshal")).toBe("u s marshal");
  });

  it("maps a chat word's letters back to what was written", () => {
    const text = "ur";
    const n = normalizeText(text);
    expect(normalizedString(n)).toBe("your");
    expect(Array.from({ length: n.length }, (_, i) => text.slice(n.start[i], n.end[i]))).toEqual([
      "u",
      "u",
      "u",
      "r",
    ]);
  });

  it("reads an animal emoji after a pronoun or measure word as its character", () => {
    expect(norm("你🐴没了")).toBe("你马没了");
    expect(norm("你个🐶东西")).toBe("你个狗东西");
    expect(norm("坐🐎牢")).toBe("坐牢");
    expect(norm("好🐶")).toBe("好");
  });

  // The fast path over plain runs must read every text exactly as the unit-by-unit path does.
  const spans = (n: NormalizedText) => ({
    units: Array.from(n.units.subarray(0, n.length)),
    start: Array.from(n.start.subarray(0, n.length)),
    end: Array.from(n.end.subarray(0, n.length)),
  });
  // Pieces next to which the fast path stops or must not: ASCII, Han (simplified, traditional,
  // 您), full-width, leetspeak, masks, dashes, clause breaks, zero-width, marks, emoji (rebus and
  // not), lone surrogates, multi-unit folds, chat words and an abbreviation.
  const pieces = [
    ..."abcefkorstuAZ0123456789 ,.;:?!'$@*#%-_\n\t",
    ..."的你老赖騙您妳个这，。：？、【】ＦＵｆ１＄！–—\u200b\u0301\ufe0f\ud800\udc00ﬀ㎏Ⅻ",
    "🐴",
    "🐶",
    "🙂",
    "u",
    "ur",
    "kno",
    "wat",
    "U.S.",
    "fuuuck",
  ];
  const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(""));
  const anyUnits = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  });

  it("reads mixed texts exactly as the unit-by-unit path does", () => {
    const scratch: NormalizedText = {
      units: new Uint16Array(64),
      length: 0,
      start: new Int32Array(64),
      end: new Int32Array(64),
    };
    fc.assert(
      fc.property(fc.oneof(mixed, anyUnits, fc.string({ unit: "binary" })), (text) => {
        const general = spans(normalizeTextGenerally(text));
        expect(spans(normalizeText(text))).toEqual(general);
        expect(spans(normalizeTextInto(text, charTable(), scratch))).toEqual(general);
      }),
      { numRuns: 3000 },
    );
  });

  it("grows past the text's length when chat words expand it", () => {
    const text = "u ok ".repeat(200);
    expect(spans(normalizeText(text))).toEqual(spans(normalizeTextGenerally(text)));
    expect(normalizeText(text).length).toBe("you ok ".repeat(200).length - 1);
  });
});
