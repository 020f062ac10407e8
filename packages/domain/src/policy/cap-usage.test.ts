import { describe, expect, it } from "vitest";
import { loadPack } from "../../../server/src/policy/load-pack.js";
import { capUsage } from "./cap-usage.js";
import { parseScenario } from "./scenario-schema.js";

const scenario = (history: unknown[]) => {
  const parsed = parseScenario({
    attemptAt: "2026-06-10T12:00:00-04:00",
    borrowerTimeZone: "America/New_York",
    channel: "call",
    debtId: "d1",
    number: "n1",
    history,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

describe("capUsage", () => {
  it("counts the calls in the seven calendar days ending today against Reg F's 7-in-7", () => {
    const calls = [
      "2026-06-04T10:00:00-04:00",
      "2026-06-08T10:00:00-04:00",
      "2026-06-09T10:00:00-04:00",
      "2026-06-01T10:00:00-04:00",
    ].map((at) => ({ channel: "call", at, outcome: "no_answer", debtId: "d1", number: "n1" }));
    const caps = capUsage(scenario(calls), loadPack("us-reg-f"));
    const sevenInSeven = caps.find((c) => c.limit === 7);
    expect(sevenInSeven).toMatchObject({ used: 3, remaining: 4, window: "7 calendar day(s)" });
  });
});
