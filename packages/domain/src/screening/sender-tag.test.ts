import { describe, expect, it } from "vitest";
import { senderTagEnd } from "./sender-tag.js";

describe("senderTagEnd", () => {
  it("ends after a leading signature tag", () => {
    const text = "【XX市中级人民法院】您涉及一起纠纷";
    expect(text.slice(0, senderTagEnd(text))).toBe("【XX市中级人民法院】");
    expect(senderTagEnd("  [County Court] pay now")).toBe("  [County Court]".length);
  });

  it("ends after an English header before a colon", () => {
    const text = "NOTICE FROM THE DISTRICT COURT: a judgment has been entered";
    expect(text.slice(0, senderTagEnd(text))).toBe("NOTICE FROM THE DISTRICT COURT:");
  });

  it("finds no tag in a message without one, or one that starts later", () => {
    expect(senderTagEnd("您好，您的账单已出")).toBe(0);
    expect(senderTagEnd("关于法院诉讼的说明：我司已起诉")).toBe(0);
    expect(senderTagEnd("您好【法院】")).toBe(0);
    expect(senderTagEnd("Hi Dana, this is a reminder. Balance: $20")).toBe(0);
  });
});
