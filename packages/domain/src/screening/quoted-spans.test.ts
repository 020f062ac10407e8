import { describe, expect, it } from "vitest";
import { isQuoted, quotedSpans } from "./quoted-spans.js";

describe("quotedSpans", () => {
  it("finds text between paired Chinese and English quotation marks", () => {
    const text = "您反映催收员说“再不还就坐牢”，又说「找你家人」";
    const spans = quotedSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["再不还就坐牢", "找你家人"]);
  });

  it("pairs straight quotes in turn", () => {
    const text = 'he said "deadbeat" and "jail"';
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["deadbeat", "jail"]);
  });

  it("quotes nothing after an opener that is never closed", () => {
    expect(quotedSpans("“你等着 we will find you")).toEqual([]);
  });

  it("tells whether an index is inside a quote", () => {
    const spans = quotedSpans("a “bc” d");
    expect([2, 3, 5, 6].map((at) => isQuoted(at, spans))).toEqual([false, true, false, false]);
  });

  it("returns nothing for text without quotation marks", () => {
    expect(quotedSpans("您的账单已出")).toEqual([]);
  });
});
