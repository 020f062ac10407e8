import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAutomaton, emptyMatches, scanAutomaton } from "./aho-corasick.js";

function scan(patterns: string[], text: string): string[] {
  const automaton = buildAutomaton(patterns);
  const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
  // A small list to start with, so that long texts also test its growth.
  const matches = { ...emptyMatches(), pairs: new Int32Array(2) };
  scanAutomaton(automaton, units, units.length, matches);
  const found: string[] = [];
  for (let m = 0; m < matches.count; m++) found.push(`${matches.pairs[2 * m]}@${matches.pairs[2 * m + 1]}`);
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(`${id}@${i + p.length}`);
  });
  return found.sort();
}

describe("Aho–Corasick", () => {
  it("reports a pattern ending at a state, and those down its failure chain, once each", () => {
    expect(scan(["he", "she", "hers", "e"], "she hers")).toEqual(["0@3", "0@6", "1@3", "2@8", "3@3", "3@6"]);
  });

  it("finds overlapping and nested patterns", () => {
    expect(scan(["he", "she", "hers", "老赖"], "ushers 老赖")).toEqual(["0@4", "1@4", "2@6", "3@9"]);
  });

  it("reports exactly what a naive search reports", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "老", "赖"), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "老", "赖"), maxLength: 60 }),
        (patterns, text) => {
          expect(scan(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports exactly what a naive search reports where states have many edges (dense rows)", () => {
    const units = [..."abcdefghijklmn老赖你"];
    // Every pair after "a" and after "你" gives those states more edges than a linear search serves.
    const fanned = units.flatMap((u) => [`a${u}`, `你${u}`]);
    const word = fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 30 }),
        fc.string({ unit: fc.constantFrom(...units, "z"), maxLength: 80 }),
        (extra, text) => {
          const patterns = [...new Set([...fanned, ...extra])];
          const automaton = buildAutomaton(patterns);
          expect(automaton.dense.length).toBeGreaterThan(0);
          expect(scan(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
