import { describe, expect, it } from "vitest";
import { evaluateContact } from "./evaluate-contact.js";
import type { PolicyPack } from "./pack-schema.js";
import type { CompiledRule } from "./rule.js";
import { type ContactScenario, parseScenario } from "./scenario-schema.js";

const scenario = (() => {
  const parsed = parseScenario({
    attemptAt: "2026-06-10T10:00:00-04:00",
    borrowerTimeZone: "America/New_York",
    channel: "call",
  });
  if (!parsed.ok) throw new Error("fixture");
  return parsed.value;
})();

const message = { en: "x", zh: "x" };
const rule = (id: string, check: CompiledRule["check"]): CompiledRule => ({
  id,
  kind: "hours",
  citation: "T",
  check,
});
const packOf = (...rules: CompiledRule[]): PolicyPack => ({
  id: "test",
  version: "1",
  document: { id: "test", version: "1", jurisdiction: "T", title: "T", rules: [] },
  rules,
});
const at = (iso: string) => Date.parse(iso);

describe("evaluateContact", () => {
  it("denies, naming the rule, when a rule throws", () => {
    const decision = evaluateContact(
      scenario,
      packOf(
        rule("boom", () => {
          throw new Error("no data");
        }),
      ),
    );
    expect(decision.decision).toBe("deny");
    expect(decision.reasons[0]?.rule).toBe("boom");
    expect(decision.reasons[0]?.message.en).toContain("no data");
  });

  it("lets deny win over defer and lists both reasons", () => {
    const decision = evaluateContact(
      scenario,
      packOf(
        rule("later", () => ({ effect: "defer", retryAt: scenario.attemptAt + 1000, message })),
        rule("never", () => ({ effect: "deny", message })),
      ),
    );
    expect(decision).toMatchObject({ decision: "deny", reasons: [{ rule: "later" }, { rule: "never" }] });
    expect(decision.nextAllowedAt).toBeUndefined();
  });

  it("finds the first instant at which every rule allows, not just the first rule's", () => {
    // A opens at 11:00; B is closed 11:00–12:00, which only shows once A's instant is tried.
    const opensAtEleven = rule("a", (_ctx, t) =>
      t < at("2026-06-10T11:00:00-04:00")
        ? { effect: "defer", retryAt: at("2026-06-10T11:00:00-04:00"), message }
        : undefined,
    );
    const closedElevenToNoon = rule("b", (_ctx, t) =>
      t >= at("2026-06-10T11:00:00-04:00") && t < at("2026-06-10T12:00:00-04:00")
        ? { effect: "defer", retryAt: at("2026-06-10T12:00:00-04:00"), message }
        : undefined,
    );
    const decision = evaluateContact(scenario, packOf(opensAtEleven, closedElevenToNoon));
    expect(decision).toMatchObject({ decision: "defer", nextAllowedAt: "2026-06-10T16:00:00Z" });
    expect(decision.reasons.map((r) => r.rule)).toEqual(["a"]);
  });

  it("omits nextAllowedAt when a rule waits for an event", () => {
    const decision = evaluateContact(scenario, packOf(rule("event", () => ({ effect: "defer", message }))));
    expect(decision.decision).toBe("defer");
    expect("nextAllowedAt" in decision).toBe(false);
  });

  it("reads no clock: the same scenario always gets the same answer", () => {
    const pack = packOf(
      rule("noon", (_ctx: unknown, t: number) => (t < 0 ? { effect: "deny", message } : undefined)),
    );
    const twice = [evaluateContact(scenario as ContactScenario, pack), evaluateContact(scenario, pack)];
    expect(twice[0]).toEqual(twice[1]);
    expect(twice[0]?.decision).toBe("allow");
  });
});
