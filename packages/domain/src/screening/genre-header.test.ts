import { describe, expect, it } from "vitest";
import { leadingHeaderEnd } from "./genre-header.js";

describe("leadingHeaderEnd", () => {
  it("ends after a bracket tag, a colon header or memo lines", () => {
    expect(leadingHeaderEnd("【合规指引】各团队：")).toBe("【合规指引】".length);
    expect(leadingHeaderEnd("Compliance reminder: never do that.")).toBe("Compliance reminder:".length);
    expect(leadingHeaderEnd("质检报告：坐席说了脏话")).toBe("质检报告：".length);
    const memo = "To: All agents\nFrom: Compliance\nRe: Prohibited statements\n\nBody text.";
    expect(leadingHeaderEnd(memo)).toBe(memo.indexOf("\nBody") + 0);
  });

  it("takes a short first line that stands alone", () => {
    expect(leadingHeaderEnd("QA Weekly Report, week 32\n\nCalls reviewed")).toBe(
      "QA Weekly Report, week 32\n".length,
    );
  });

  it("finds no header when the message opens with a sentence", () => {
    expect(leadingHeaderEnd("Pay today. Training is over: we come tomorrow.")).toBe(0);
    expect(leadingHeaderEnd("你今天不还，明天我们就去你单位")).toBe(0);
  });
});
