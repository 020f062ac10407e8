import { describe, expect, it } from "vitest";
import { writesAsRelative } from "./relative-writer.js";

describe("writesAsRelative", () => {
  it("reads a relative introducing themself at the start", () => {
    expect(writesAsRelative("你们好，我是张伟的妻子，他的借款我们下个月还清。")).toBe(true);
    expect(writesAsRelative("我是借款人陈某某的母亲，想问一下能不能宽限。")).toBe(true);
    expect(writesAsRelative("Hi, I'm Rosa Medina's sister. She's in hospital.")).toBe(true);
    expect(writesAsRelative("To whom it may concern, I am writing about my mother, account 3391.")).toBe(
      true,
    );
    expect(writesAsRelative("My son is the borrower, not me.")).toBe(true);
    expect(writesAsRelative("This is his wife. I'm not responsible for his debt.")).toBe(true);
    expect(writesAsRelative("Hi, this is her mother, she asked me to call.")).toBe(true);
  });

  it("does not take an insult or a collector's message for a relative", () => {
    expect(writesAsRelative("我是你爸爸，赶紧还钱")).toBe(false);
    expect(writesAsRelative("我是你的爸爸")).toBe(false);
    expect(writesAsRelative("We will call your mother about the debt.")).toBe(false);
    expect(writesAsRelative("Mr. Lee, this is his wife's account we are calling about.")).toBe(false);
  });
});
