import { describe, expect, it } from "vitest";
import { compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { approveTemplate, fillTemplate, templateSlots } from "./templates.js";

const lexicon = compileLexicon(defaultLexicon);

describe("templates", () => {
  it("lists each slot once, in order", () => {
    expect(templateSlots("{{name}} owes {{ amount }} — {{name}}")).toEqual(["name", "amount"]);
  });

  it("approves clean fixed text and returns its slots", () => {
    const approval = approveTemplate(
      "您好{{name}}，您的账单{{amount}}元将于{{due}}到期，请按时还款。",
      lexicon,
    );
    expect(approval).toMatchObject({ ok: true, verdict: "allow", slots: ["name", "amount", "due"] });
  });

  it("blocks fixed text with abuse and points into the template", () => {
    const template = "{{name}}, pay now or we tell your boss.";
    const approval = approveTemplate(template, lexicon);
    if (!approval.ok) throw new Error("refused");
    expect(approval.verdict).toBe("block");
    const finding = approval.findings[0]!;
    expect(template.slice(finding.start, finding.end)).toBe("tell your boss");
  });

  it("allows a template filled with clean values", () => {
    const filled = fillTemplate(
      "Hi {{name}}, {{amount}} is due on {{due}}.",
      { name: "Ann", amount: "$120", due: "May 3" },
      lexicon,
    );
    expect(filled).toEqual({
      ok: true,
      text: "Hi Ann, $120 is due on May 3.",
      verdict: "allow",
      findings: [],
    });
  });

  it("blocks a value carrying abuse and points into the filled text", () => {
    const filled = fillTemplate("Hi {{name}}, please pay.", { name: "deadbeat" }, lexicon);
    if (!filled.ok) throw new Error("refused");
    expect(filled.verdict).toBe("block");
    expect(filled.text.slice(filled.findings[0]!.start, filled.findings[0]!.end)).toBe("deadbeat");
  });

  it("refuses a fill that leaves a slot empty", () => {
    expect(fillTemplate("Hi {{name}}", {}, lexicon)).toMatchObject({
      ok: false,
      code: "MISSING_SLOT",
      slot: "name",
    });
  });
});
