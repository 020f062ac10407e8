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

  it("reads full-width headers, an opening that says who it is from, and a caller naming itself", () => {
    const wide = "ＩＲＳ ＥＮＦＯＲＣＥＭＥＮＴ: call now";
    expect(wide.slice(0, senderTagEnd(wide))).toBe("ＩＲＳ ＥＮＦＯＲＣＥＭＥＮＴ:");
    const from = "This message is from the Superior Court of Los Angeles County, Collections Division.";
    expect(from.slice(0, senderTagEnd(from))).toBe(
      "This message is from the Superior Court of Los Angeles County",
    );
    const here = "P0lice Dept here. Call back.";
    expect(here.slice(0, senderTagEnd(here))).toBe("P0lice Dept here");
  });

  it("takes a header naming a topic for a subject line, not a sender", () => {
    expect(senderTagEnd("District Court filing update: your hearing is on 3 May")).toBe(0);
    expect(senderTagEnd("Court hearing dates: see below")).toBe(0);
    expect(senderTagEnd("IRS scam alert: the IRS never calls")).toBe(0);
    const lender = "This message is from ABC Lending about your District Court hearing.";
    expect(lender.slice(0, senderTagEnd(lender))).toBe("This message is from ABC Lending");
  });

  it("finds no tag in a message without one, or one that starts later", () => {
    expect(senderTagEnd("您好，您的账单已出")).toBe(0);
    expect(senderTagEnd("关于法院诉讼的说明：我司已起诉")).toBe(0);
    expect(senderTagEnd("您好【法院】")).toBe(0);
    expect(senderTagEnd("Hi Dana, this is a reminder. Balance: $20")).toBe(0);
  });

  it("reads a Chinese notice headed by the institution that issues it", () => {
    const text = "银保监会通知：你的逾期已上报";
    expect(text.slice(0, senderTagEnd(text))).toBe("银保监会通知：");
    const police = "XX市公安局公告：请于今日内还款";
    expect(police.slice(0, senderTagEnd(police))).toBe("XX市公安局公告：");
  });

  it("takes a Chinese notice named by its topic for no sender", () => {
    expect(senderTagEnd("法院诉讼通知：我司已起诉")).toBe(0);
    expect(senderTagEnd("执行通知：(2024)沪0115执1234号")).toBe(0);
  });

  it("reads the sender after a channel tag that opens a logged message", () => {
    const sms = "[SMS] Metropolitan Police: settle your account today.";
    expect(sms.slice(0, senderTagEnd(sms))).toBe("[SMS] Metropolitan Police:");
    const zh = "【短信】【国家税务总局】您的欠款已转为税务欠缴。";
    expect(zh.slice(0, senderTagEnd(zh))).toBe("【短信】【国家税务总局】");
    expect(senderTagEnd("[Email] please call us back")).toBe("[Email] ".length);
    expect(senderTagEnd("Police advisory: lock your gates")).toBe(0);
  });
});
