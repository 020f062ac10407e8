import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";
import { EN_AGENCIES, EN_SELF_INTRODUCTIONS } from "./v13-terms.js";

// Bodies r59 named as callers that the agency list lacked: New Zealand's, Ireland's police and South Africa's.
export const EN_AGENCIES_V29: readonly string[] = [
  "department of internal affairs",
  "dwp",
  "dwp debt recovery",
  "garda",
  "gardai",
  "saps",
  "south african police",
];

/**
 * Terms added in 1.28 (held-out rounds r57–r60, after their first passes):
 * - **obscenity**: Cantonese 閪 and sex offered as the way to pay (陪睡, 卖一晚); "shove it up your …";
 * - **insult**: 别做人了, 人品为负, "as thick as you appear", "grown men pay their debts";
 * - **threat**: 断手, 出入小心啲, a shop or car that "goes up in smoke" or will "catch fire";
 * - **false legal claims**: benefits stopped for a private loan (Universal Credit, child benefit), all of
 *   the wages taken, an employer "legally required" to dismiss, agents "authorised to force entry";
 *   不还款是犯罪, children kept out of public schools or the civil service (the law bars only high-fee
 *   private schools, and only for a court's defaulters);
 * - **impersonation**: a caller "ringing from" a tax or justice body, and the bodies r59 named;
 * - **privacy**: a defaulters' board or list, Instagram stories.
 */
export const termsV29: readonly TermGroup[] = [
  {
    rule: "obscenity-v29",
    category: "obscenity",
    severity: "block",
    terms: [
      "閪",
      "陪睡",
      "卖一晚",
      "去卖啊",
      "去卖身",
      "shove it up your",
      "shove it right up your",
      "stick it up your",
      "good on your knees",
    ],
  },
  {
    rule: "insult-v29",
    category: "insult",
    severity: "block",
    terms: [
      "别做人了",
      "人品为负",
      "as thick as you",
      "thick as you appear",
      "thick as two short planks",
      "grown men pay their debts",
      "clearly you're not one",
    ],
  },
  {
    rule: "threat-v29",
    category: "threat",
    severity: "block",
    terms: [
      "断手",
      "断脚",
      "出入小心啲",
      "出入小心点",
      "goes up in smoke",
      "go up in smoke",
      "going up in smoke",
      "catch fire all the time",
      "catches fire all the time",
      "walk to your car carefully",
    ],
  },
  {
    rule: "en-false-legal-v29",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      ...combine(
        [
          "your universal credit",
          "your child benefit",
          "your benefits",
          "your pension",
          "your social security",
        ],
        [
          "will be suspended",
          "will be stopped",
          "will also be stopped",
          "will be cut off",
          "will be cancelled",
          "will be frozen",
        ],
        " ",
      ),
      "take 100% of your wages",
      "100% of your wages",
      "all of your wages",
      "your entire paycheck",
      "legally required to sack you",
      "legally required to fire you",
      "legally required to dismiss you",
      "authorised to force entry",
      "authorized to force entry",
      "non-payment of this account is fraud",
      "non-payment is fraud",
      "is fraud under",
    ],
  },
  {
    rule: "zh-false-legal-v29",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "不还款是犯罪",
      "不还钱是犯罪",
      "欠款不还是犯罪",
      "拘捕入狱",
      "无法就读公立学校",
      "不能就读公立学校",
      "无法报考公职",
      "不能报考公职",
    ],
  },
  {
    rule: "en-caller-agency-v29",
    category: "impersonation",
    severity: "block",
    terms: [
      ...combine(
        ["ringing from", "ringing from the", "i'm ringing from", "i'm ringing from the"],
        EN_AGENCIES,
        " ",
      ),
      ...combine(EN_SELF_INTRODUCTIONS, EN_AGENCIES_V29, " "),
    ],
  },
  {
    rule: "en-defaulters-board-v29",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "defaulters board",
      "defaulters' board",
      "defaulter board",
      "list of defaulters",
      "debtorwall",
      "ig stories",
      "ig story",
      "insta story",
      "instagram stories",
      "instagram story",
    ],
  },
];
