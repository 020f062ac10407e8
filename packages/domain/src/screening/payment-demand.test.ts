import { describe, expect, it } from "vitest";
import { demandsPayment } from "./payment-demand.js";

describe("demandsPayment", () => {
  it("reads a demand to pay by a time, in English and Chinese", () => {
    expect(demandsPayment("Choose wisely. Pay by Friday.")).toBe(true);
    expect(demandsPayment("Your family will be told tomorrow unless payment is made.")).toBe(true);
    expect(demandsPayment("请在今日18:00前结清，以免被刑事拘留。")).toBe(true);
    expect(demandsPayment("今晚12点前处理，不然明天有人上门。")).toBe(true);
    expect(demandsPayment("请于三日内结清欠款，否则后果自负。")).toBe(true);
  });

  it("does not read advice, a news report or an explainer", () => {
    expect(demandsPayment("Consumer advocates urge affected borrowers to keep screenshots.")).toBe(false);
    expect(demandsPayment("催收人员不得以坐牢相威胁，如遇此类情况可向监管部门投诉。")).toBe(false);
    expect(demandsPayment("You have the right to dispute this debt within 30 days.")).toBe(false);
  });
});
