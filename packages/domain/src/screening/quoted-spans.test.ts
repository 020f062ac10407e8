import { describe, expect, it } from "vitest";
import { isMention, isQuoted, quotedSpans } from "./quoted-spans.js";

describe("quotedSpans", () => {
  it("finds text between paired Chinese and English quotation marks", () => {
    const text = "您反映催收员说“再不还就坐牢”，又说「找你家人」";
    const spans = quotedSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["再不还就坐牢", "找你家人"]);
  });

  it("pairs straight quotes in turn", () => {
    const text = 'he said "deadbeat" and "jail"';
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["deadbeat", "jail"]);
  });

  it("quotes nothing after an opener that is never closed", () => {
    expect(quotedSpans("“你等着 we will find you")).toEqual([]);
  });

  it("tells whether an index is inside a quote", () => {
    const spans = quotedSpans("a “bc” d");
    expect([2, 3, 5, 6].map((at) => isQuoted(at, spans))).toEqual([false, true, false, false]);
  });

  it("returns nothing for text without quotation marks", () => {
    expect(quotedSpans("您的账单已出")).toEqual([]);
  });

  it("tells a word named in a list of quoted words, or called a word, from one quoted once", () => {
    const list = "对“坐牢”“抓人”“公安”等高风险词进行提醒";
    const at = list.indexOf("抓人");
    expect(isMention(at, at + 2, list, quotedSpans(list))).toBe(true);
    const called = "没有“黑名单”这个说法";
    expect(isMention(called.indexOf("黑"), called.indexOf("黑") + 3, called, quotedSpans(called))).toBe(true);
    const once = "他说“再不还就让你坐牢”";
    expect(isMention(once.indexOf("坐"), once.indexOf("坐") + 2, once, quotedSpans(once))).toBe(false);
  });

  it("reads a quotation introduced as a name as named", () => {
    const named = "已被列入本平台内部风险名单（俗称“黑名单”）";
    expect(isMention(named.indexOf("黑"), named.indexOf("黑") + 3, named, quotedSpans(named))).toBe(true);
    const english = 'there is no so-called "blacklist" for borrowers';
    expect(
      isMention(english.indexOf("black"), english.indexOf("black") + 9, english, quotedSpans(english)),
    ).toBe(true);
    const said = "催收员说“你上黑名单了”";
    expect(isMention(said.indexOf("黑"), said.indexOf("黑") + 3, said, quotedSpans(said))).toBe(false);
  });

  it("reads a word called no legal term, and a rumour quoted to be refuted, as named (1.24)", () => {
    const term = "“老赖”并不是法律用语";
    expect(isMention(1, 3, term, quotedSpans(term))).toBe(true);
    const rumour = "关于网传“XX贷将把逾期用户信息发到朋友圈”的说法，我司郑重声明";
    const at = rumour.indexOf("发到朋友圈");
    expect(isMention(at, at + 5, rumour, quotedSpans(rumour))).toBe(true);
    const said = "他说“XX贷将把逾期用户信息发到朋友圈”的说法";
    expect(isMention(said.indexOf("发到"), said.indexOf("发到") + 5, said, quotedSpans(said))).toBe(false);
  });

  it("reads any finding inside a listed quotation as named", () => {
    const text = "例如“发朋友圈曝光”“通知你单位”";
    expect(isMention(text.indexOf("曝光"), text.indexOf("曝光") + 2, text, quotedSpans(text))).toBe(true);
  });

  it("reads a finding that runs on past a quoted list as named (1.26)", () => {
    const text = "多次发送“不还钱就去你孩子学校”“把你照片发到业主群”等信息，并致电其同事";
    const at = text.indexOf("你照片");
    expect(isMention(at, text.indexOf("同事") + 2, text, quotedSpans(text))).toBe(true);
    const once = "他说“把你照片发到业主群”，并致电其同事";
    expect(isMention(once.indexOf("你照片"), once.indexOf("同事") + 2, once, quotedSpans(once))).toBe(false);
  });

  it("reads a finding across a quoted list as named", () => {
    const text = 'flag "police", "court", "jail" for review';
    expect(isMention(text.indexOf("police"), text.indexOf("jail") + 4, text, quotedSpans(text))).toBe(true);
  });
});

describe("single quotes", () => {
  it("quote at word edges and leave apostrophes alone", () => {
    const text = "agent told the consumer 'we'll have the police at your door'. Don't.";
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "we'll have the police at your door",
    ]);
    const curly = "he said ‘you’ll regret this’ twice";
    expect(quotedSpans(curly).map((s) => curly.slice(s.start, s.end))).toEqual(["you’ll regret this"]);
  });

  it("do not open inside a word", () => {
    expect(quotedSpans("don't you dare, it's late")).toEqual([]);
  });
});

describe("curly single quotes in Chinese text (1.17)", () => {
  it("opens after Han text and after another quotation", () => {
    const text = "禁用语：‘不还就去你家’‘我们要爆你通讯录’，说您‘已进黑名单’";
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "不还就去你家",
      "我们要爆你通讯录",
      "已进黑名单",
    ]);
  });

  it("still reads an English apostrophe as none", () => {
    expect(quotedSpans("the lender’s agent didn’t call")).toEqual([]);
  });
});
