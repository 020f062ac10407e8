import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.17 (rounds r25 and r26):
 * - **consequences laid on the reader**: harm to the person, the car or the family (意外, 人身, 划痕, 漏气)
 *   "at your own cost" (后果自负, 损失自负, 由您本人承担), and the reader's schedule or routine known with a
 *   visit;
 * - **livelihood**: people sent to the reader's shop (到店) until it cannot trade; the reader reported to
 *   the employer's discipline office (纪委, 院长) or boss;
 * - **third parties**: someone asked to pass on, remind or urge another about "his / her" debt (转告其,
 *   "ask him to call", "urge her to settle"); letters about the reader's debt sent to the workplace,
 *   relatives and classmates; a cc line to a pastor, employer or relative; "ping / DM your boss" about
 *   the debt;
 * - **impersonation**: a court, procuratorate or arbitration clerk reached by WeChat (微信同号), a court
 *   notice "sent on behalf of" the collector (代发), a prosecution threatened for a loan (提起公诉), a
 *   police force or High Court demanding payment for "our client";
 * - **enforcement without a court**: wages "withheld" with "no court hearing or further notice"; the
 *   reader's home and car auctioned "if you don't pay today" (今天不还…全部拍卖);
 * - **privacy**: the reader's photo, ID or address published (公布于) on Facebook or in a group; the
 *   reader's name and address posted on a defaulters' page.
 */
export const contextRulesV18: readonly ContextRule[] = [
  {
    rule: "zh-harm-own-cost-v18",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["意外", "人身", "划痕", "漏气", "爆胎", "出点事", "出事"],
      [
        "后果自负",
        "损失自负",
        "由您本人承担",
        "由你本人承担",
        "由您自行承担",
        "均由您",
        "均由你",
        "自行承担",
      ],
    ],
  },
  {
    rule: "en-schedule-visit-v18",
    category: "threat",
    severity: "block",
    window: 200,
    groups: [
      [
        "your daily schedule",
        "your daily routine",
        "the time you leave",
        "what time you leave",
        "when you leave for work",
        "familiar with your residence",
        "familiar with your home",
      ],
      ["visit", "pay you a", "drop by", "stop by", "in person", "field representatives"],
    ],
  },
  {
    rule: "zh-shop-visit-v18",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["到店", "到你店", "到您店", "店门口", "贵店", "你店里", "您店里"],
      ["无法正常营业", "营业损失", "做不成生意", "开不下去", "关门为止"],
    ],
  },
  {
    rule: "zh-report-to-employer-v18",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      ["举报您", "举报你", "實名舉報您", "举报台端"],
      ["纪委", "院长", "领导", "单位", "公司", "老板", "人事", "校长"],
    ],
  },
  {
    rule: "en-relay-their-debt-v18",
    category: "third_party_disclosure",
    severity: "block",
    window: 200,
    groups: [
      [
        "he borrowed",
        "she borrowed",
        "he owes",
        "she owes",
        "he owe",
        "she owe",
        "his account",
        "her account",
        "his balance",
        "her balance",
        "is currently in default",
        "never pay back",
        "never paid back",
      ],
      [
        "remind him",
        "remind her",
        "ask him to",
        "ask her to",
        "tell him to",
        "tell her to",
        "urge him",
        "urge her",
        "help remind",
      ],
    ],
  },
  {
    rule: "zh-relay-their-debt-v18",
    category: "third_party_disclosure",
    severity: "block",
    window: 120,
    groups: [
      ["欠", "積欠", "积欠", "逾期", "借款"],
      [
        "转告其",
        "轉告其",
        "转告他",
        "转告她",
        "協助轉告",
        "协助转告",
        "督促其",
        "督促他还",
        "督促她还",
        "提醒他还",
        "提醒她还",
      ],
    ],
  },
  {
    rule: "zh-letters-to-circle-v18",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      ["工作单位", "直系亲属", "同学", "同事", "所在社区", "领导", "亲属"],
      ["寄送", "告知其", "告知他们"],
      ["欠款金额", "欠款情况", "逾期情况", "欠款告知函", "欠款信息"],
    ],
  },
  {
    rule: "en-cc-third-party-v18",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      ["cc:", "cc :", "copy to:", "copied to:"],
      [
        "pastor",
        "church",
        "employer",
        "your manager",
        "your boss",
        "(brother)",
        "(sister)",
        "(mother)",
        "(father)",
        "(son)",
        "(daughter)",
        "(neighbor)",
        "(neighbour)",
        "(colleague)",
      ],
    ],
  },
  {
    rule: "en-ping-boss-debt-v18",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      ["ping", "dm", "message", "hit up", "tag"],
      [
        "ur boss",
        "your boss",
        "ur coworkers",
        "your coworkers",
        "ur manager",
        "your manager",
        "ur co-workers",
        "your co-workers",
      ],
      ["debt", "loan", "owe", "money", "if u don't pay", "if you don't pay", "if u dont pay"],
    ],
  },
  {
    rule: "zh-court-by-wechat-v18",
    category: "impersonation",
    severity: "block",
    window: 100,
    groups: [
      ["法院", "仲裁委", "仲裁庭", "检察院", "检察官", "书记员", "書記官", "法官", "本院", "本会"],
      ["微信同号", "微信號", "微信号", "加微信", "微信联系"],
    ],
  },
  {
    rule: "zh-court-sent-by-collector-v18",
    category: "impersonation",
    severity: "block",
    window: 400,
    groups: [
      ["本院", "法院", "仲裁委", "本会", "本處", "本处"],
      ["催收部代发", "代发）", "代发)", "催收部代發", "代發）"],
    ],
  },
  {
    rule: "zh-auction-if-unpaid-v18",
    category: "false_legal_claim",
    severity: "block",
    window: 30,
    groups: [
      ["今天不还", "再不还", "不还的话", "不还钱", "今天还不上"],
      ["全部拍卖", "拍卖你", "拿去拍卖", "就拍卖", "都拍卖"],
    ],
  },
  {
    rule: "zh-prosecution-for-loan-v18",
    category: "impersonation",
    severity: "block",
    window: 80,
    groups: [
      ["还款", "欠款", "借款", "履行"],
      ["提起公诉", "提起公訴"],
    ],
  },
  {
    rule: "en-authority-for-client-v18",
    category: "impersonation",
    severity: "block",
    window: 160,
    groups: [
      [
        "police force",
        "police department",
        "commercial affairs department",
        "the high court",
        "arbitration tribunal",
        "the tribunal",
      ],
      ["our client", "you owe", "kindly pay", "pay now", "settle today", "to settle", "must settle"],
    ],
  },
  {
    rule: "en-wages-withheld-no-court-v18",
    category: "false_legal_claim",
    severity: "block",
    window: 200,
    groups: [
      ["withheld", "withhold", "garnish", "deducted", "seized"],
      [
        "no court hearing or",
        "no court order or",
        "no hearing is required",
        "without a court order",
        "without any court",
      ],
    ],
  },
  {
    rule: "zh-publish-photo-v18",
    category: "privacy_exposure",
    severity: "block",
    window: 60,
    groups: [
      ["照片", "身分證", "身份证", "住址", "欠款资料", "欠款資料"],
      ["公布於", "公布于", "公布在", "公佈於", "公佈在"],
    ],
  },
  {
    rule: "en-post-defaulters-v18",
    category: "privacy_exposure",
    severity: "block",
    window: 120,
    groups: [
      [
        "posting ur",
        "posting your",
        "post ur",
        "we'll post your",
        "tag all your friends",
        "tag all ur friends",
        "share so everyone knows",
      ],
      [
        "defaulters",
        "scammer",
        "wall of shame",
        "facebook",
        "followers",
        "family",
        "who he is",
        "who she is",
      ],
    ],
  },
];
