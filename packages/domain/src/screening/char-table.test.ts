import { describe, expect, it } from "vitest";
import { CharClass, charTable, classOf } from "./char-table.js";

describe("charTable", () => {
  const table = charTable();
  const at = (ch: string) => ch.charCodeAt(0);

  it("folds full-width, upper-case and traditional characters in one lookup", () => {
    expect(String.fromCharCode(table.fold[at("Ｋ")]!)).toBe("k");
    expect(String.fromCharCode(table.fold[at("賴")]!)).toBe("赖");
    expect(String.fromCharCode(table.fold[at("您")]!)).toBe("你");
  });

  it("drops zero-width characters and variation selectors", () => {
    expect(table.cls[0x200b]).toBe(CharClass.Drop);
    expect(table.cls[0xfeff]).toBe(CharClass.Drop);
    expect(table.cls[0xfe0f]).toBe(CharClass.Drop);
  });

  it("records multi-unit folds as expansions", () => {
    expect(table.cls[at("ﬁ")]).toBe(CharClass.Expand);
    expect(table.expansions.get(at("ﬁ"))).toBe("fi");
  });

  it("classes clause punctuation as hard and dashes as soft", () => {
    expect(classOf("。")).toBe(CharClass.Hard);
    expect(classOf("-")).toBe(CharClass.Soft);
    expect(classOf("赖")).toBe(CharClass.Han);
    expect(classOf("ж")).toBe(CharClass.Other);
  });
});
