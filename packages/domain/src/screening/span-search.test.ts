import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstAtOrAfter, spanIndexAt } from "./span-search.js";

describe("spanIndexAt", () => {
  it("finds the span holding an index exactly as a scan does", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 30 }), fc.nat(400), (gaps, at) => {
        // Sorted, non-overlapping spans built from alternating gaps and lengths.
        const spans: { start: number; end: number }[] = [];
        let cursor = 0;
        for (let i = 0; i + 1 < gaps.length; i += 2) {
          const start = cursor + gaps[i]!;
          const end = start + gaps[i + 1]!;
          spans.push({ start, end });
          cursor = end;
        }
        const scanned = spans.findIndex((s) => s.start <= at && at < s.end);
        expect(spanIndexAt(spans, at)).toBe(scanned);
      }),
    );
  });
});

describe("firstAtOrAfter", () => {
  it("finds the first value at least `at` in ascending values, exactly as a scan does", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { maxLength: 30 }), fc.integer({ min: -5, max: 60 }), (raw, at) => {
        const values = [...raw].sort((a, b) => a - b);
        const scanned = values.findIndex((v) => v >= at);
        expect(firstAtOrAfter(values, at)).toBe(scanned < 0 ? values.length : scanned);
      }),
    );
  });
});
