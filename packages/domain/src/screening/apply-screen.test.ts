import { describe, expect, it } from "vitest";
import type { ContactDecision } from "../policy/decision.js";
import { applyScreen } from "./apply-screen.js";
import type { Screened } from "./types.js";

const allow: ContactDecision = {
  decision: "allow",
  reasons: [],
  obligations: [{ id: "x", message: { zh: "", en: "" } }],
  pack: { id: "cn", version: "1" },
};
const finding = {
  category: "threat" as const,
  severity: "block" as const,
  start: 3,
  end: 7,
  match: "坐牢",
  rule: "zh-threat",
};

describe("applyScreen", () => {
  it("leaves the decision alone for a clean message", () => {
    expect(applyScreen(allow, { ok: true, verdict: "allow", findings: [] } as Screened, "CN")).toBe(allow);
  });

  it("denies a blocked message with a content reason naming the category and span", () => {
    const d = applyScreen(allow, { ok: true, verdict: "block", findings: [finding] } as Screened, "CN");
    expect(d.decision).toBe("deny");
    expect(d.reasons).toEqual([
      expect.objectContaining({ kind: "content", rule: "screen-threat", citation: "CN-NIFA-NO-THREATS" }),
    ]);
    expect(d.reasons[0]!.message.en).toContain("characters 3–7");
    expect(d.obligations).toEqual([]);
  });

  it("defers a message for review with no instant, since only a supervisor can clear it", () => {
    const d = applyScreen(allow, { ok: true, verdict: "review", findings: [finding] } as Screened, "US");
    expect(d.decision).toBe("defer");
    expect(d.nextAllowedAt).toBeUndefined();
    expect(d.reasons[0]!.citation).toBe("US-FDCPA-1692D");
  });
});
