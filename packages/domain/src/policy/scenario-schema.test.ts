import { describe, expect, it } from "vitest";
import { parseScenario } from "./scenario-schema.js";

const base = {
  attemptAt: "2026-06-10T10:00:00-04:00",
  borrowerTimeZone: "America/New_York",
  channel: "call",
};

describe("parseScenario", () => {
  it("parses instants to epoch milliseconds and fills defaults", () => {
    const result = parseScenario(base);
    expect(result).toMatchObject({
      ok: true,
      value: { attemptAt: Date.UTC(2026, 5, 10, 14), target: "borrower" },
    });
    expect(result.ok && result.value.history).toEqual([]);
  });

  it("names an unknown field by its full path", () => {
    const result = parseScenario({ ...base, flags: { ceaseRequsted: true } });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "flags.ceaseRequsted", message: "unknown field" }],
    });
  });

  it("refuses an instant without an offset", () => {
    const result = parseScenario({ ...base, attemptAt: "2026-06-10T10:00:00" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.path).toBe("attemptAt");
  });

  it("refuses an unknown time zone, naming the zone", () => {
    const result = parseScenario({ ...base, flags: { possibleTimeZones: ["Mars/Olympus"] } });
    expect(!result.ok && result.issues[0]).toEqual({
      path: "flags.possibleTimeZones[0]",
      message: "`Mars/Olympus` is not an IANA time zone",
    });
  });

  it("refuses history in the wrong shape, naming the entry and field", () => {
    const result = parseScenario({
      ...base,
      history: [{ channel: "call", at: base.attemptAt, outcome: "busy" }],
    });
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(["history[0].outcome"]);
  });

  it("refuses an unknown channel", () => {
    const result = parseScenario({ ...base, channel: "fax" });
    expect(!result.ok && result.issues[0]?.path).toBe("channel");
  });

  it("refuses a malformed designated time", () => {
    const result = parseScenario({
      ...base,
      flags: { designatedInconvenientTimes: [{ from: "9:00", to: "10:00" }] },
    });
    expect(!result.ok && result.issues[0]?.path).toBe("flags.designatedInconvenientTimes[0].from");
  });

  it("refuses a borrower state that is not a two-letter code", () => {
    const result = parseScenario({ ...base, borrowerState: "Mass." });
    expect(!result.ok && result.issues[0]?.path).toBe("borrowerState");
  });

  it("reads the validation dates as instants", () => {
    const result = parseScenario({
      ...base,
      flags: { initialCommunicationAt: "2026-06-01T10:00:00-04:00", validationNoticeSentAt: "2026-06-01" },
    });
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(["flags.validationNoticeSentAt"]);
  });
});
