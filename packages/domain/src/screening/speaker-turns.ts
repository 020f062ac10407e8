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
  "对方",
  "third party",
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

/**
 * The borrower's turns in a call transcript: from a borrower label to the next label. What the
 * borrower says ("Are you going to have me arrested?", "你们是不是要报警抓我？") is not the collector's
 * abuse. Only a text with labels of both sides is a transcript; a lone "Customer:" is a salutation.
 */
export function borrowerTurns(text: string): Turn[] {
  if (!HAS_COLON.test(text)) return [];
  const labels = [...text.matchAll(LABEL)].map((match) => ({
    at: match.index + match[0].indexOf(match[1]!),
    borrower: IS_BORROWER.has(match[1]!.toLowerCase()),
  }));
  if (!labels.some((label) => label.borrower) || labels.every((label) => label.borrower)) return [];
  return labels.flatMap((label, i) =>
    label.borrower ? [{ start: label.at, end: labels[i + 1]?.at ?? text.length }] : [],
  );
}

/** Whether original index `at` lies inside one of `turns`. */
export function isInTurn(at: number, turns: readonly Turn[]): boolean {
  return spanIndexAt(turns, at) >= 0;
}
