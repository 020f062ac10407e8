import { describe, expect, it } from "vitest";
import { applyOverlay } from "./overlay.js";
import type { PackDocument } from "./pack-schema.js";

const base: PackDocument = {
  id: "us-reg-f",
  version: "2026.1",
  jurisdiction: "US",
  title: "t",
  rules: [
    {
      id: "inconvenient-time",
      type: "hours",
      citation: "US-REGF-HOURS",
      from: "08:00",
      to: "21:00",
      channels: ["call"],
      allPossibleZones: true,
      consentValidDays: 7,
    },
    {
      id: "calls-7-in-7",
      type: "cap",
      citation: "US-REGF-7IN7",
      channels: ["call"],
      targets: ["borrower"],
      outcomes: ["no_answer"],
      scope: "person-debt",
      windowDays: 7,
      max: 7,
      counted: { en: "calls", zh: "电话" },
    },
    {
      id: "opt-out-notice",
      type: "required-statement",
      citation: "US-REGF-EOPTOUT",
      channels: ["sms"],
      targets: ["borrower"],
      messageFlag: "hasOptOutNotice",
      obligation: "opt-out-notice",
      message: { en: "m", zh: "m" },
      missing: { en: "m", zh: "m" },
      firstContactOnly: false,
    },
  ],
};
const overlay = (rest: object) => ({ overlay: "acme", version: "1", pack: "us-reg-f", ...rest });

describe("applyOverlay", () => {
  it("accepts narrower hours, a lower cap and an added rule", () => {
    const result = applyOverlay(
      base,
      overlay({
        tighten: [
          { id: "inconvenient-time", from: "09:00", to: "20:00", channels: ["call", "sms"] },
          { id: "calls-7-in-7", max: 5 },
        ],
        add: [
          {
            id: "no-postcards",
            type: "blocked-channel",
            citation: "US-REGF-POSTCARD",
            channels: ["postcard"],
          },
        ],
      }),
      "acme.yaml",
    );
    expect(result.ok && result.value.rules.map((rule) => rule.id)).toEqual([
      "inconvenient-time",
      "calls-7-in-7",
      "opt-out-notice",
      "no-postcards",
    ]);
    expect(result.ok && result.value.rules[1]?.max).toBe(5);
    expect(result.ok && result.value.version).toBe("2026.1+acme@1");
  });

  it("fails on a higher cap, naming the field", () => {
    const result = applyOverlay(base, overlay({ tighten: [{ id: "calls-7-in-7", max: 8 }] }), "acme.yaml");
    expect(!result.ok && result.errors[0]).toMatchObject({ file: "acme.yaml", path: "tighten[0].max" });
  });

  it("fails on a later closing hour", () => {
    const result = applyOverlay(
      base,
      overlay({ tighten: [{ id: "inconvenient-time", to: "22:00" }] }),
      "acme.yaml",
    );
    expect(!result.ok && result.errors[0]?.path).toBe("tighten[0].to");
  });

  it("fails on dropping a covered channel", () => {
    const result = applyOverlay(
      base,
      overlay({ tighten: [{ id: "inconvenient-time", channels: [] }] }),
      "a.yaml",
    );
    expect(!result.ok && result.errors[0]?.path).toBe("tighten[0].channels");
  });

  it("fails on a longer consent validity", () => {
    const result = applyOverlay(
      base,
      overlay({ tighten: [{ id: "inconvenient-time", consentValidDays: 30 }] }),
      "a.yaml",
    );
    expect(!result.ok && result.errors[0]?.path).toBe("tighten[0].consentValidDays");
  });

  it("fails on asking a statement of the first contact only where every contact carried it", () => {
    const result = applyOverlay(
      base,
      overlay({ tighten: [{ id: "opt-out-notice", firstContactOnly: true }] }),
      "a.yaml",
    );
    expect(!result.ok && result.errors[0]?.path).toBe("tighten[0].firstContactOnly");
  });

  it("fails on a field no tightening direction is defined for", () => {
    const result = applyOverlay(
      base,
      overlay({ tighten: [{ id: "calls-7-in-7", scope: "number" }] }),
      "a.yaml",
    );
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "tighten[0].scope",
      problem: "an overlay cannot change this field",
    });
  });

  it("fails on a rule the pack does not have", () => {
    const result = applyOverlay(base, overlay({ tighten: [{ id: "curfew", max: 1 }] }), "a.yaml");
    expect(!result.ok && result.errors[0]?.path).toBe("tighten[0].id");
  });

  it("fails on an overlay written for another pack", () => {
    const result = applyOverlay(base, overlay({ pack: "cn" }), "a.yaml");
    expect(!result.ok && result.errors[0]?.path).toBe("pack");
  });

  it("fails on changing the states a rule is confined to", () => {
    const result = applyOverlay(
      base,
      overlay({ tighten: [{ id: "calls-7-in-7", borrowerStates: ["MA"] }] }),
      "a.yaml",
    );
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "tighten[0].borrowerStates",
      problem: "an overlay cannot change this field",
    });
  });
});
