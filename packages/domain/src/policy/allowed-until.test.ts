import { describe, expect, it } from "vitest";
import { allowedUntil } from "./allowed-until.js";
import { compilePack, type PackDocument } from "./pack-schema.js";
import { parseScenario } from "./scenario-schema.js";

const pack = compilePack({
  id: "test",
  version: "1",
  jurisdiction: "US",
  title: "test",
  rules: [
    {
      id: "inconvenient-time",
      type: "hours",
      citation: "US-REGF-HOURS",
      from: "08:00",
      to: "21:00",
      channels: ["sms", "call"],
      allPossibleZones: true,
    },
  ],
} as PackDocument);

const scenario = (over: Record<string, unknown>) => {
  const parsed = parseScenario({
    attemptAt: "2026-06-01T10:00:00-04:00",
    borrowerTimeZone: "America/New_York",
    channel: "sms",
    ...over,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

describe("allowedUntil", () => {
  it("ends an SMS window at 21:00 in the borrower's zone", () => {
    expect(allowedUntil(scenario({}), pack)).toBe("2026-06-02T01:00:00Z");
  });

  it("ends at the earliest close of every zone the borrower may be in", () => {
    const s = scenario({ flags: { possibleTimeZones: ["Europe/London"] } });
    expect(allowedUntil(s, pack)).toBe("2026-06-01T20:00:00Z");
  });

  it("ends where a span the borrower called inconvenient begins", () => {
    const s = scenario({ flags: { designatedInconvenientTimes: [{ from: "12:00", to: "13:00" }] } });
    expect(allowedUntil(s, pack)).toBe("2026-06-01T16:00:00Z");
  });

  it("has no end for a channel no hours rule covers", () => {
    expect(allowedUntil(scenario({ channel: "letter" }), pack)).toBeUndefined();
  });
});
