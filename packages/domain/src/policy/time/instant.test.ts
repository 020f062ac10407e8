import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant, parseInstant } from "./instant.js";

describe("formatInstant", () => {
  it("agrees with Date#toISOString on every instant from 1970 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7_258_118_400_000 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(formatInstant(ms)).toBe(iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso);
      }),
      { numRuns: 5000 },
    );
  });

  it("drops a zero fraction", () => {
    expect(formatInstant(Date.UTC(2026, 2, 8, 12))).toBe("2026-03-08T12:00:00Z");
  });
});

describe("parseInstant", () => {
  it("reads the offset", () => {
    expect(parseInstant("2026-03-08T08:00:00-04:00")).toBe(Date.UTC(2026, 2, 8, 12));
  });

  it("refuses a date without a time and a time without an offset", () => {
    expect(parseInstant("2026-03-08")).toBeUndefined();
    expect(parseInstant("2026-03-08T08:00:00")).toBeUndefined();
  });

  it("refuses an impossible date", () => {
    expect(parseInstant("2026-02-30T08:00:00Z")).toBeUndefined();
  });
});
