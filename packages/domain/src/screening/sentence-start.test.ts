import { describe, expect, it } from "vitest";
import { sentenceStart } from "./sentence-start.js";

describe("sentenceStart", () => {
  it("finds the start of the sentence holding an index", () => {
    const text = "Hello. Debt collectors may not call. Bye";
    expect(sentenceStart(text, text.indexOf("may"))).toBe(text.indexOf("Debt"));
    expect(sentenceStart(text, 2)).toBe(0);
    const zh = "您好。催收人员不得上门！";
    expect(sentenceStart(zh, zh.indexOf("不得"))).toBe(zh.indexOf("催收"));
  });
});
