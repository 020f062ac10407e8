import { describe, expect, it } from "vitest";
import { customerSpeaks, isCallNote, transcribedByReader } from "./call-note.js";
import { compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { screenMessage } from "./screen-message.js";

const lexicon = compileLexicon(defaultLexicon);
const verdict = (text: string) => {
  const result = screenMessage(text, lexicon);
  return result.ok ? result.verdict : "refused";
};

describe("isCallNote", () => {
  it("reads a call note's header, after an optional channel tag", () => {
    expect(isCallNote("Call note: Customer requested contact by email only.")).toBe(true);
    expect(isCallNote("【电话小结】客户承诺周五前还款。")).toBe(true);
    expect(isCallNote("【電話小結】坐席致電客戶。")).toBe(true);
    expect(isCallNote("[Phone] Agent notes: left a voicemail.")).toBe(true);
  });

  it("reads a bracket tag that opens with the log's name, whatever else it holds (1.28)", () => {
    expect(isCallNote("[Call log | Agent 5520 | off-script] Agent: Listen, pay the balance.")).toBe(true);
    expect(isCallNote("[Phone note] Left a message.")).toBe(true);
    expect(isCallNote("[Call center update] We are open on Sunday.")).toBe(false);
    // "script" in the tag names no training script: the agent's words are the call.
    expect(verdict("[Call log | Agent 5520 | off-script] Agent: Listen, you piece of sh!t, pay up.")).toBe(
      "block",
    );
  });

  it("does not read a QA review or a note mentioned later", () => {
    expect(isCallNote("QA review, call 8812: agent told the customer …")).toBe(false);
    expect(isCallNote("质检记录：坐席称……")).toBe(false);
    expect(isCallNote("Please see the call note below.")).toBe(false);
  });
});

describe("customerSpeaks", () => {
  it("gives the customer's words to the customer, not those said to the customer", () => {
    const said = 'Call note: Customer said "I am going to kill myself."';
    expect(customerSpeaks(said, said.indexOf("kill"))).toBe(true);
    const zh = "【电话小结】客户情绪激动称“不想活了”。";
    expect(customerSpeaks(zh, zh.indexOf("不想"))).toBe(true);
    const toCustomer = "【电话小结】坐席对客户称“再不还就找人扎你车胎”。";
    expect(customerSpeaks(toCustomer, toCustomer.indexOf("再不还"))).toBe(false);
    const agent = 'Call note: Agent told the customer "you are trash". Customer asked for a supervisor.';
    expect(customerSpeaks(agent, agent.indexOf("trash"))).toBe(false);
  });

  it("gives the reader's own words, handed back to them, to the reader (1.24)", () => {
    const en = 'You mentioned you feel "stupid" for getting into this debt.';
    expect(customerSpeaks(en, en.indexOf("stupid"))).toBe(true);
    const zh = "您说自己“就是个废物”";
    expect(customerSpeaks(zh, zh.indexOf("废物"))).toBe(true);
    const calling = 'We call you "stupid" because you are.';
    expect(customerSpeaks(calling, calling.indexOf("stupid"))).toBe(false);
  });
});

describe("transcribedByReader", () => {
  it("reads a first-person cue that hands over the collector's message", () => {
    const en = 'This is what they sent me: "Pay or else."';
    expect(transcribedByReader(en, en.indexOf("Pay"))).toBe(true);
    const zh = "他们发给我的：“再不还就上门。”";
    expect(transcribedByReader(zh, zh.indexOf("再"))).toBe(true);
    const texted = 'They texted me this: "We know where you live."';
    expect(transcribedByReader(texted, texted.indexOf("We"))).toBe(true);
  });

  it("does not read a lender's reply quoting a complaint", () => {
    const reply = "您反映催收员短信原文：“再不还就上门”，我们已展开调查。";
    expect(transcribedByReader(reply, reply.indexOf("再"))).toBe(false);
  });
});

describe("logged and transcribed messages (1.18)", () => {
  it("screens the agent's logged words and the collector's handed-over message as said", () => {
    for (const text of [
      'Call note: Collector called the customer "a lazy parasite" during the call. Flagged by QA.',
      "【电话小结】坐席在通话中称客户“低能儿”“脑残”，已转质检。",
      "【电话小结】坐席对客户称“再不还就找人把你车胎扎了”，已被质检标记。",
      "他们发给我的：“再不还就去你家泼油漆，你等着。” 我已经报警了。",
      'This is what they sent me: "You worthless deadbeat, pay up." Is this illegal?',
      "他们的短信：“恶意拖欠已构成信用卡诈骗罪，案件已移交刑侦大队。” 我借的是网贷。",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("keeps the customer's words, reviews and complaint replies as reports", () => {
    for (const text of [
      'Call note: Customer said "I\'m going to kill myself if this keeps up." Agent stopped collection and gave the crisis line.',
      'Agent notes: Customer states a previous caller told her she\'d "go to jail" and called her a "f***ing liar". Apologised, escalated to compliance.',
      "QA finding: agent told the consumer 'we'll have the police at your door'. Coaching scheduled and call escalated to compliance.",
      "【电话小结】致电联系人确认客户联系方式，仅告知“有事找本人”，未透露任何借款信息。",
      "您好，昨天是您妹妹接的电话，我们只说了找您有事，没有透露任何借款信息，请您放心。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});
