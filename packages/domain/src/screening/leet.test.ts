import { describe, expect, it } from "vitest";
import { isDash, isMaskSymbol, leetLetter } from "./leet.js";

describe("leetspeak", () => {
  it("reads digits and symbols as the letters they imitate", () => {
    expect(leetLetter("1")).toBe("i");
    expect(leetLetter("$")).toBe("s");
    expect(leetLetter("0")).toBe("o");
  });

  it("leaves other characters alone", () => {
    expect(leetLetter("2")).toBeUndefined();
    expect(leetLetter("a")).toBeUndefined();
  });

  it("recognises mask symbols", () => {
    expect(isMaskSymbol("*")).toBe(true);
    expect(isMaskSymbol("-")).toBe(false);
    expect(isDash("-")).toBe(true);
  });
});
