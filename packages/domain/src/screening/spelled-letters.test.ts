import { describe, expect, it } from "vitest";
import { charTable } from "./char-table.js";
import { normalizedString, normalizeText } from "./normalize-text.js";

const norm = (text: string) => normalizedString(normalizeText(text, charTable()));

describe("joinSpelledLetters (through normalizeText)", () => {
  it("joins a word spelled out with one kind of gap", () => {
    expect(norm("s c u m b a g. pay what you owe")).toBe("scumbag pay what you owe");
    expect(norm("you'll get h.u.r.t")).toBe("you ll get hurt");
    expect(norm("W.A.N.T.E.D poster")).toBe("wanted poster");
    expect(norm("f  u  c  k off")).toBe("fuck off");
  });

  it("keeps the words of a sentence spelled out apart at their wider gaps", () => {
    expect(norm("Y o u r   c a r   w i l l   b u r n")).toBe("your car will burn");
  });

  it("ends a word at another kind of gap, and keeps an article after a word", () => {
    expect(norm("You're a d-e-a-d-b-e-a-t and a l.o.s.e.r")).toBe("you re a deadbeat and a loser");
    expect(norm("you're a s c u m b a g")).toBe("you re a scumbag");
    expect(norm("a s s h o l e")).toBe("asshole");
  });

  it("leaves one- and two-letter words and ordinary text alone", () => {
    expect(norm("u r late")).toBe("you r late");
    expect(norm("The U.S. office at 9 a.m.")).toBe("the u s office at 9 a m");
    expect(norm("I am a borrower")).toBe("i am a borrower");
  });

  it("reads dotted acronyms as the acronym", () => {
    expect(norm("The I.R.S. may write")).toBe("the irs may write");
  });

  it("points each joined letter at what was written", () => {
    const text = "get h.u.r.t";
    const normalized = normalizeText(text, charTable());
    const at = normalizedString(normalized).indexOf("hurt");
    expect(text.slice(normalized.start[at]!, normalized.end[at + 3]!)).toBe("h.u.r.t");
  });
});
