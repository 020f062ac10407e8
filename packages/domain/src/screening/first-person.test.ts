import { describe, expect, it } from "vitest";
import { speaksInFirstPerson } from "./first-person.js";
import { quotedSpans } from "./quoted-spans.js";

function check(text: string, word: string): boolean {
  return speaksInFirstPerson(text, text.indexOf(word), quotedSpans(text));
}

describe("speaksInFirstPerson", () => {
  it("finds the sender's own voice in the finding's sentence", () => {
    expect(check("Tip: pay today or we'll tell your boss.", "tell")).toBe(true);
    expect(check("催收人员不得上门。明天我们就去你单位。", "你单位")).toBe(true);
  });

  it("ignores quoted first persons and other sentences", () => {
    expect(check("QA finding: agent told the consumer 'we'll have the police at your door'.", "police")).toBe(
      false,
    );
    expect(check("We are sorry. Debt collectors may not tell your boss.", "tell")).toBe(false);
    expect(check("培训材料：以下话术禁止使用——“我们已经给你们领导打电话了”。", "领导")).toBe(false);
  });

  it("hears the sender tell the reader what will happen to them", () => {
    expect(check("Non-payment is theft under the law. You WILL go to jail.", "jail")).toBe(true);
    expect(check("合规提示：你就等着坐牢吧。", "坐牢")).toBe(true);
  });

  it("reads a condition or someone's words about the reader as description", () => {
    expect(check("If you ignore a summons, you will lose by default and face a judgment.", "judgment")).toBe(
      false,
    );
    expect(check("A collector may say you will be arrested.", "arrested")).toBe(false);
    expect(check("如果催收人员说你一定会坐牢，这是违法的。", "坐牢")).toBe(false);
  });
});
