import { describe, expect, it } from "vitest";
import { postsAsBorrower } from "./borrower-post.js";

describe("postsAsBorrower", () => {
  it("reads a header naming the borrower, or a platform over a post about my own loan", () => {
    expect(postsAsBorrower("Facebook post (borrower): F***ing collectors called me at 8am.")).toBe(true);
    expect(postsAsBorrower('(WhatsApp group "Cousins", from the borrower) ok real talk')).toBe(true);
    expect(postsAsBorrower("朋友圈：今天有个催收打到我妈那儿去了，去TM的。")).toBe(true);
    expect(postsAsBorrower("[家族群] 跟大家说一下，我之前那笔贷款已经全部结清了。")).toBe(true);
  });

  it("does not read a collector's post naming the borrower, or a header without a post", () => {
    expect(postsAsBorrower("朋友圈：张**欠款8000元不还，大家认识的转告他。")).toBe(false);
    expect(postsAsBorrower("[家族群] 各位亲戚，刘**欠我司3万元，请督促他还款。")).toBe(false);
    expect(postsAsBorrower("Facebook post: Everyone, this borrower owes us $900.")).toBe(false);
    expect(postsAsBorrower("我最近在还几笔网贷")).toBe(false);
  });
});
