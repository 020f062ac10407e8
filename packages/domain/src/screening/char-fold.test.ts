import { describe, expect, it } from "vitest";
import { foldCase, foldChar, foldVariant, foldWidth, stripMarks, toSimplified } from "./char-fold.js";

describe("character folds", () => {
  it("folds full-width letters and digits to ASCII", () => {
    expect(foldWidth("Ｆ")).toBe("F");
    expect(foldWidth("１")).toBe("1");
    expect(foldWidth("，")).toBe(",");
  });

  it("lower-cases Latin letters", () => {
    expect(foldCase("K")).toBe("k");
  });

  it("strips diacritics and leaves CJK alone", () => {
    expect(stripMarks("ü")).toBe("u");
    expect(stripMarks("\u0301")).toBe("");
    expect(stripMarks("赖")).toBe("赖");
  });

  it("folds Cyrillic look-alikes and the polite you", () => {
    expect(foldVariant("а")).toBe("a");
    expect(foldVariant("您")).toBe("你");
  });

  it("folds Cantonese function words to their one Mandarin reading, and leaves 唔 alone", () => {
    expect(["咗", "哋", "佢", "喺", "嘅", "冇", "嚟"].map(foldVariant).join("")).toBe("了们他在的没来");
    expect(foldVariant("唔")).toBe("唔");
  });

  it("converts traditional characters to simplified", () => {
    expect(toSimplified("騙")).toBe("骗");
    expect(toSimplified("賴")).toBe("赖");
    expect(toSimplified("abc")).toBe("abc");
  });

  it("composes the context-free folds", () => {
    expect(foldChar("Ｆ")).toBe("f");
    expect(foldChar("Ü")).toBe("u");
  });
});
