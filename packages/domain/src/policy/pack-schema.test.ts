import { describe, expect, it } from "vitest";
import { evaluateContact } from "./evaluate-contact.js";
import { validatePack } from "./pack-schema.js";
import { parseScenario } from "./scenario-schema.js";

const hours = {
  id: "quiet-hours",
  type: "hours",
  citation: "CN-GBT-HOURS",
  from: "08:00",
  to: "22:00",
  channels: ["call"],
  allPossibleZones: true,
};
const pack = (rules: unknown[]) => ({ id: "cn", version: "1", jurisdiction: "CN", title: "t", rules });

describe("validatePack", () => {
  it("compiles a valid pack", () => {
    const result = validatePack(pack([hours]), "cn.yaml");
    expect(result.ok && result.value.rules.map((rule) => [rule.id, rule.kind])).toEqual([
      ["quiet-hours", "hours"],
    ]);
  });

  it("names the file, path and problem of a bad parameter", () => {
    const result = validatePack(pack([{ ...hours, to: "25:00" }]), "cn.yaml");
    expect(!result.ok && result.errors).toEqual([
      { file: "cn.yaml", path: "rules[0].to", problem: "must be HH:mm" },
    ]);
  });

  it("refuses an unknown rule type", () => {
    const result = validatePack(pack([{ ...hours, type: "curfew" }]), "cn.yaml");
    expect(!result.ok && result.errors[0]?.path).toBe("rules[0].type");
  });

  it("refuses an unknown parameter", () => {
    const result = validatePack(pack([{ ...hours, max: 3 }]), "cn.yaml");
    expect(!result.ok && result.errors[0]).toMatchObject({ path: "rules[0].max", problem: "unknown field" });
  });

  it("refuses a citation the rule type does not implement", () => {
    const result = validatePack(pack([{ ...hours, citation: "US-REGF-7IN7" }]), "cn.yaml");
    expect(!result.ok && result.errors[0]?.path).toBe("rules[0].citation");
  });

  it("refuses duplicate rule ids", () => {
    const result = validatePack(pack([hours, hours]), "cn.yaml");
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "rules[1].id",
      problem: "duplicate rule id",
    });
  });

  it("refuses a pack without rules", () => {
    const result = validatePack(pack([]), "cn.yaml");
    expect(!result.ok && result.errors[0]?.path).toBe("rules");
  });

  it("confines a rule with borrowerStates to borrowers known to live in those states", () => {
    const postcards = {
      id: "ma-no-postcards",
      type: "blocked-channel",
      citation: "US-REGF-POSTCARD",
      borrowerStates: ["MA"],
      channels: ["postcard"],
    };
    const result = validatePack(pack([postcards]), "us.yaml");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const decide = (state: string | undefined) => {
      const parsed = parseScenario({
        attemptAt: "2026-06-10T10:00:00-04:00",
        borrowerTimeZone: "America/New_York",
        channel: "postcard",
        ...(state === undefined ? {} : { borrowerState: state }),
      });
      if (!parsed.ok) throw new Error("fixture");
      return evaluateContact(parsed.value, result.value).decision;
    };
    expect([decide("MA"), decide("NY"), decide(undefined)]).toEqual(["deny", "allow", "allow"]);
  });

  it("refuses a state that is not a two-letter code", () => {
    const rule = { id: "x", type: "blocked-channel", citation: "US-REGF-POSTCARD", channels: ["postcard"] };
    const result = validatePack(pack([{ ...rule, borrowerStates: ["Massachusetts"] }]), "us.yaml");
    expect(!result.ok && result.errors[0]?.path).toBe("rules[0].borrowerStates[0]");
  });
});
