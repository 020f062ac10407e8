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

  it("ends after a news dateline and its byline", () => {
    expect(leadingHeaderEnd("本报讯（记者 李明）近日，某区法院审理查明")).toBe("本报讯（记者 李明）".length);
    expect(leadingHeaderEnd("新华社北京6月10日电（记者 张三）记者从…获悉")).toBe(
      "新华社北京6月10日电（记者 张三）".length,
    );
    expect(leadingHeaderEnd("本报讯 近日")).toBe("本报讯 ".length);
  });

  it("takes no line ending in 电 or 讯 without a byline after it", () => {
    expect(leadingHeaderEnd("你这种人我们已经致电，明天就去你单位")).toBe(0);
  });

  it("finds no header when the message opens with a sentence", () => {
    expect(leadingHeaderEnd("Pay today. Training is over: we come tomorrow.")).toBe(0);
    expect(leadingHeaderEnd("你今天不还，明天我们就去你单位")).toBe(0);
  });

  it("takes a title set off by a spaced dash", () => {
    expect(leadingHeaderEnd("FAQ — Can a collector have me arrested? No.")).toBe("FAQ — ".length);
    expect(leadingHeaderEnd("Training module 4 – Prohibited language. Never say it.")).toBe(
      "Training module 4 – ".length,
    );
    expect(leadingHeaderEnd("co-signer notice is attached")).toBe(0);
  });
});
