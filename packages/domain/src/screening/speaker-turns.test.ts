import { describe, expect, it } from "vitest";
import { borrowerTurns, isInTurn } from "./speaker-turns.js";

describe("borrowerTurns", () => {
  it("spans each borrower turn up to the next label", () => {
    const text = "Borrower: Are you going to have me arrested? Agent: No sir. Borrower: Okay.";
    expect(borrowerTurns(text).map((turn) => text.slice(turn.start, turn.end).trim())).toEqual([
      "Borrower: Are you going to have me arrested?",
      "Borrower: Okay.",
    ]);
  });

  it("reads Chinese labels after a tag", () => {
    const text = "【通话转写】借款人：你们是不是要报警抓我？坐席：不会的。";
    const turns = borrowerTurns(text);
    expect(turns.map((turn) => text.slice(turn.start, turn.end))).toEqual(["借款人：你们是不是要报警抓我？"]);
    expect(isInTurn(text.indexOf("报警"), turns)).toBe(true);
    expect(isInTurn(text.indexOf("不会"), turns)).toBe(false);
  });

  it("gives the caller's turns to the called side (1.29)", () => {
    const text = "Agent: Is now a good time? Caller: Are you f***ing kidding me? Agent: I'm sorry.";
    expect(borrowerTurns(text).map((turn) => text.slice(turn.start, turn.end).trim())).toEqual([
      "Caller: Are you f***ing kidding me?",
    ]);
  });

  it("gives co-signers', guarantors' and contacts' turns to the called side (1.30)", () => {
    const text = "Co-signer: this is bulls**t. Agent: I understand. 联系人：他妈的天天打 坐席：非常抱歉。";
    expect(borrowerTurns(text).map((turn) => text.slice(turn.start, turn.end).trim())).toEqual([
      "Co-signer: this is bulls**t.",
      "联系人：他妈的天天打",
    ]);
  });

  it("needs labels of both sides, so a salutation is not a transcript", () => {
    expect(borrowerTurns("Customer: pay now or we will come to your house")).toEqual([]);
    expect(borrowerTurns("尊敬的客户：坐席：")).toEqual([]);
    expect(borrowerTurns("no labels here")).toEqual([]);
  });

  it("reads bare labels in speech-to-text that opens with one (1.26)", () => {
    const en = "customer stop calling me you idiots agent I'm sorry sir I can set up a plan";
    expect(borrowerTurns(en)).toEqual([{ start: 0, end: en.indexOf("agent") }]);
    const zh = "客户你们这帮吸血鬼 坐席好的先生我理解";
    expect(borrowerTurns(zh)).toEqual([{ start: 0, end: zh.indexOf("坐席") }]);
    expect(borrowerTurns("Dear customer, our agent will call you")).toEqual([]);
    expect(borrowerTurns("尊敬的客户您好，坐席将致电您")).toEqual([]);
  });
});
