import { describe, expect, it } from "vitest";
import type { ContactDecision } from "../policy/decision.js";
import { agentEligibility } from "./agent-eligibility.js";

const allow: ContactDecision = {
  decision: "allow",
  reasons: [],
  obligations: [],
  pack: { id: "cn", version: "1" },
};

describe("agentEligibility", () => {
  it("keeps the engine's answer for a certified collector", () => {
    expect(agentEligibility(allow, "2027-01-01T00:00:00.000Z", "2026-11-29T00:00:00.000Z")).toBe(allow);
  });

  it("denies a collector whose certification lapsed, naming the agent rule", () => {
    const d = agentEligibility(allow, "2026-11-01T00:00:00.000Z", "2026-11-29T00:00:00.000Z");
    expect(d.decision).toBe("deny");
    expect(d.reasons.map((r) => [r.kind, r.rule])).toEqual([["agent", "agent-certification"]]);
  });

  it("denies a collector with no certification on record", () => {
    expect(agentEligibility(allow, null, "2026-11-29T00:00:00.000Z").decision).toBe("deny");
  });
});
