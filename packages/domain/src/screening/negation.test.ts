import { describe, expect, it } from "vitest";
import { isNegated } from "./negation.js";
import { normalizedString, normalizeText } from "./normalize-text.js";

function negatedBefore(text: string, negation: string, term: string): boolean {
  const normalized = normalizeText(text);
  const flat = normalizedString(normalized);
  const end = flat.indexOf(negation) + negation.length;
  return isNegated(normalized.units, flat.indexOf(term), [end]);
}

describe("isNegated", () => {
  it("reads a negation followed by filler words", () => {
    expect(negatedBefore("we will not ever contact your boss", "not", "contact")).toBe(true);
  });

  it("stops at a clause break", () => {
    expect(negatedBefore("if you do not pay, contact your boss", "not", "contact")).toBe(false);
  });

  it("ignores a negation followed by content words", () => {
    expect(negatedBefore("if you don't pay we tell your boss", "don t", "tell")).toBe(false);
  });

  it("reads a Chinese negation a few characters back", () => {
    expect(negatedBefore("我们不会因此联系你家人", "不会", "联系")).toBe(true);
  });

  it("reads a clause after an impersonation verb as described, not claimed", () => {
    expect(
      negatedBefore("scammers may pretend to be police officers or irs agents", "pretend to be", "irs"),
    ).toBe(true);
  });

  it("ends an impersonation verb's reach at a clause break", () => {
    expect(negatedBefore("claiming to be poor, the irs will come", "claiming to be", "irs")).toBe(false);
  });
});
