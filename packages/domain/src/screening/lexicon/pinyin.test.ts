import { describe, expect, it } from "vitest";
import { pinyinGroup, pinyinVariants } from "./pinyin.js";

describe("pinyinVariants", () => {
  it("swaps one character at a time for its pinyin and spells the whole word out, joined or by syllable", () => {
    expect(pinyinVariants("坐牢")).toEqual(["zuo牢", "坐lao", "zuolao", "zuo lao", "zuol"]);
  });

  it("spells the first syllable out and the rest as initials", () => {
    expect(pinyinVariants("傻逼")).toContain("shab");
    expect(pinyinVariants("败类")).not.toContain("bail");
  });

  it("adds the initials of a word of three characters or more", () => {
    expect(pinyinVariants("通讯录")).toContain("txl");
  });

  it("leaves out spellings that are ordinary English", () => {
    expect(pinyinVariants("妈的")).not.toContain("made");
    expect(pinyinVariants("收拾你")).not.toContain("ssn");
  });
});

describe("pinyinGroup", () => {
  it("keeps the category and severity it is given", () => {
    const group = pinyinGroup("zh-pinyin-test", "insult", "block", ["垃圾"]);
    expect(group).toMatchObject({ category: "insult", severity: "block" });
    expect(group.terms).toContain("la圾");
  });
});
