import { describe, expect, it } from "vitest";
import { findContext, hasEveryGroup } from "./context-rules.js";
import type { ContextRule } from "./types.js";

const rule: ContextRule = {
  rule: "court-seizure",
  category: "false_legal_claim",
  severity: "block",
  window: 10,
  groups: [["法院"], ["明天"], ["查封"]],
};

describe("findContext", () => {
  it("finds a span holding a cue of every group within the window", () => {
    const hits = [
      { group: 0, start: 0, end: 2 },
      { group: 1, start: 2, end: 4 },
      { group: 2, start: 6, end: 8 },
    ];
    expect(findContext(rule, hits)).toEqual({ start: 0, end: 8, cues: hits });
  });

  it("finds nothing when a group is missing", () => {
    expect(findContext(rule, [{ group: 0, start: 0, end: 2 }])).toBeUndefined();
  });

  it("finds nothing when the cues are further apart than the window", () => {
    const hits = [
      { group: 0, start: 0, end: 2 },
      { group: 1, start: 5, end: 7 },
      { group: 2, start: 30, end: 32 },
    ];
    expect(findContext(rule, hits)).toBeUndefined();
  });

  it("survives a cue longer than the window", () => {
    const narrow: ContextRule = { ...rule, window: 2, groups: [["法院"], ["明天"]] };
    const hits = [
      { group: 0, start: 0, end: 5 },
      { group: 1, start: 5, end: 7 },
    ];
    expect(findContext(narrow, hits)).toBeUndefined();
  });

  it("narrows a span its accept refuses from the left, and searches on past it", () => {
    const two: ContextRule = { ...rule, window: 20, groups: [["法院"], ["查封"]] };
    const hits = [
      { group: 0, start: 0, end: 2 },
      { group: 0, start: 6, end: 8 },
      { group: 1, start: 9, end: 11 },
    ];
    // A sentence ends at 4: only the second 法院 stands with 查封.
    const accept = (start: number, end: number) => start > 4 || end <= 4;
    expect(findContext(two, hits, accept)).toEqual({ start: 6, end: 11, cues: hits.slice(1) });
    expect(findContext(two, [hits[0]!, hits[2]!], accept)).toBeUndefined();
  });
});

describe("hasEveryGroup", () => {
  const hit = (group: number) => ({ group, start: 0, end: 1 });

  it("says whether the hits name every group, in any order and with repeats", () => {
    expect(hasEveryGroup([hit(2), hit(0), hit(0), hit(1)], 3)).toBe(true);
    expect(hasEveryGroup([hit(0), hit(0), hit(2)], 3)).toBe(false);
    expect(hasEveryGroup([], 1)).toBe(false);
  });

  it("counts rules of more groups than a mask holds", () => {
    const all = Array.from({ length: 40 }, (_, g) => hit(g));
    expect(hasEveryGroup(all, 40)).toBe(true);
    expect(hasEveryGroup(all.slice(1), 40)).toBe(false);
  });
});
