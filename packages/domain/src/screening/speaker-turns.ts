import { type IndexSpan, spanIndexAt } from "./span-search.js";

/** A span of the original text spoken by one side of a call transcript; turns are in text order. */
export type Turn = IndexSpan;

// Speaker labels as call transcripts write them ("Borrower: …", "坐席：…"); a label counts at the start
// of the text, a line or a sentence, so "尊敬的客户：" (a salutation) is not a speaker.
// The side the collector calls: the borrower, or a third party who answers ("对方：是不是他欠钱了", 1.25).
const BORROWER = [
  "borrower",
  "customer",
  "debtor",
  "consumer",
  "client",
  "借款人",
  "客户",
  "用户",
  "债务人",
  "客戶",
  "对方",
  "third party",
  // The one who answers an outbound call's transcript ("Agent: … Caller: Are you f***ing kidding me?", 1.29).
  "caller",
  // Others the collector lawfully calls, who swear at the agent as borrowers do (1.30).
  "co-signer",
  "cosigner",
  "guarantor",
  "executor",
  "担保人",
  "保证人",
  "联系人",
  "来电人",
];
const COLLECTOR = [
  "agent",
  "collector",
  "rep",
  "representative",
  "operator",
  "坐席",
  "催收员",
  "催收",
  "客服",
  "工作人员",
  "业务员",
];
const LABEL = new RegExp(
  `(?:^|[\\s\\]】。？！.?!])(${[...BORROWER, ...COLLECTOR].join("|")})\\s*[:：]`,
  "giu",
);
const IS_BORROWER = new Set(BORROWER);
const HAS_COLON = /[:：]/;
// Speech-to-text writes no colons ("customer oh for god's sake … agent I'm sorry ma'am", 客户你们这帮…坐席好的先生):
// there a label stands bare, after a break and before a space or a Chinese character (1.26). Only the
// labels such output uses, and only in a text that opens with one, since "尊敬的客户" or "our agent" in
// a message is no speaker.
const BARE = [
  "customer",
  "debtor",
  "borrower",
  "caller",
  "agent",
  "collector",
  "客户",
  "客戶",
  "借款人",
  "坐席",
  "催收员",
];
const BARE_LABEL = new RegExp(`(?:^|[\\s。？！.?!，,])(${BARE.join("|")})(?=[\\s\\p{Script=Han}])`, "giu");
const OPENS_WITH_LABEL = new RegExp(`^\\s*(?:${BARE.join("|")})(?=[\\s\\p{Script=Han}])`, "iu");

function labelsOf(text: string, pattern: RegExp): { at: number; borrower: boolean }[] {
  return [...text.matchAll(pattern)].map((match) => ({
    at: match.index + match[0].indexOf(match[1]!),
    borrower: IS_BORROWER.has(match[1]!.toLowerCase()),
  }));
}

function isTwoSided(labels: readonly { borrower: boolean }[]): boolean {
  return labels.some((label) => label.borrower) && !labels.every((label) => label.borrower);
}

/**
 * The borrower's turns in a call transcript: from a borrower label to the next label. What the
 * borrower says ("Are you going to have me arrested?", "你们是不是要报警抓我？") is not the collector's
 * abuse. Only a text with labels of both sides is a transcript; a lone "Customer:" is a salutation.
 */
export function borrowerTurns(text: string): Turn[] {
  let labels = HAS_COLON.test(text) ? labelsOf(text, LABEL) : [];
  if (!isTwoSided(labels)) labels = OPENS_WITH_LABEL.test(text) ? labelsOf(text, BARE_LABEL) : [];
  if (!isTwoSided(labels)) return [];
  return labels.flatMap((label, i) =>
    label.borrower ? [{ start: label.at, end: labels[i + 1]?.at ?? text.length }] : [],
  );
}

/** Whether original index `at` lies inside one of `turns`. */
export function isInTurn(at: number, turns: readonly Turn[]): boolean {
  return spanIndexAt(turns, at) >= 0;
}
