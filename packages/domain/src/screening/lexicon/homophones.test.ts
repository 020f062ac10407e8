import { describe, expect, it } from "vitest";
import { homophoneGroup, homophoneVariants } from "./homophones.js";

describe("homophoneVariants", () => {
  it("respells a two-character word only with every swappable character swapped", () => {
    expect(homophoneVariants("傻屌")).toContain("沙雕");
    expect(homophoneVariants("傻屌")).not.toContain("沙屌");
    expect(homophoneVariants("妈的")).not.toContain("马的");
  });

  it("swaps any of the characters of a longer word", () => {
    expect(homophoneVariants("你妈的")).toContain("你吗的");
    expect(homophoneVariants("你妈的")).toContain("泥马的");
  });

  it("never returns the word itself", () => {
    expect(homophoneVariants("垃圾")).not.toContain("垃圾");
    expect(homophoneVariants("好人")).toEqual([]);
  });
});

describe("homophoneGroup", () => {
  it("keeps the category and severity it is given", () => {
    const group = homophoneGroup("zh-homophone-test", "insult", "block", ["智障"]);
    expect(group).toMatchObject({ category: "insult", severity: "block" });
    expect(group.terms).toContain("制杖");
  });
});
