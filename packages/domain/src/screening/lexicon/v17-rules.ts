import type { ContextRule } from "../types.js";
import { combine } from "./combine.js";

// A debt word in the third person: someone else's debt told to the reader.
const EN_THEIR_DEBT_V17 = [
  ...combine(
    ["his", "her", "their"],
    [
      "past-due",
      "past due",
      "overdue",
      "defaulted",
      "outstanding",
      "unpaid",
      "debt",
      "loan",
      "arrears",
      "credit card debt",
      "delinquent",
    ],
    " ",
  ),
  "has an outstanding balance",
  "has an overdue",
  "has a past-due",
  "has defaulted",
];

// "No need for" a court, before what the court would have to do.
const NO_NEED_ZH_V17 = [
  "不用等",
  "不用走",
  "不需要走",
  "不用经过",
  "不需要经过",
  "无需",
  "不需要",
  "不必走",
  "不用",
];

/**
 * Context rules added in 1.16:
 * - **publication**: the reader's name, photo or balance "will be published / listed / posted" in a
 *   place the public reads (a newspaper's defaulters' section, a public registry website, search
 *   engines, social media); a lawful register of judgments names none of these;
 * - **comments on the reader's social media** carrying the balance ("comment on every one with your
 *   balance");
 * - **third parties told another's debt**: a reference, an employer's HR desk or whoever hears a
 *   voicemail, beside "his past-due loan" or "who has an outstanding balance";
 * - **enforcement without a court**: garnishing, levying, deducting or taking property with "no court
 *   hearing is required", 不用等法院, 不需要走法院;
 * - **exit bans made physical**: 限制出境 with being stopped at the border (出不去, 被扣下);
 * - **the reader's photo sent to their social circle**: 你的照片 with 社交平台 or 好友那里, as 1.3's
 *   zh-photo-audience reads 朋友圈 and 微信好友.
 */
export const contextRulesV17: readonly ContextRule[] = [
  {
    rule: "en-published-publicly-v17",
    category: "privacy_exposure",
    severity: "block",
    window: 160,
    sameSentence: true,
    groups: [
      [
        "your name",
        "your photo",
        "your photograph",
        "your picture",
        "your address",
        "your balance",
        "your details",
      ],
      [
        "will be published",
        "will be listed",
        "will be posted",
        "will be printed",
        "will be displayed",
        "will appear",
        "will be shared",
        "will be advertised",
      ],
      [
        "newspaper",
        "courier",
        "gazette",
        "defaulters",
        "delinquent debtors",
        "debtors registry",
        "debtors list",
        "search engines",
        "social media",
        "facebook",
        "our website",
        "public website",
        "notice section",
        "wall of shame",
      ],
    ],
  },
  {
    rule: "en-comment-balance-v17",
    category: "privacy_exposure",
    severity: "block",
    window: 120,
    groups: [
      [
        "instagram",
        "facebook",
        "tiktok",
        "twitter",
        "your pictures",
        "your photos",
        "your posts",
        "your profile",
      ],
      ["comment on", "comment under", "tag you", "reply to every", "reply under"],
      ["your balance", "your debt", "account status", "what you owe", "your arrears", "your loan"],
    ],
  },
  {
    rule: "en-third-party-their-debt-v17",
    category: "third_party_disclosure",
    severity: "block",
    window: 220,
    groups: [
      [
        "as a reference",
        "listed you as",
        "put me through to hr",
        "put me through to human resources",
        "speak to someone about an employee",
        "about an employee",
        "anyone who hears this",
        "whoever hears this",
        "whoever gets this",
        "anyone listening",
      ],
      EN_THEIR_DEBT_V17,
    ],
  },
  {
    rule: "en-no-court-needed-v17",
    category: "false_legal_claim",
    severity: "block",
    window: 160,
    groups: [
      [
        "garnish",
        "garnishing",
        "levy",
        "levying",
        "seize",
        "seizing",
        "take your house",
        "take your car",
        "take your wages",
        "deduct",
        "freeze your",
      ],
      [
        "no court hearing is required",
        "no court hearing required",
        "no court order is required",
        "no court order is needed",
        "no court order needed",
        "don't need a court",
        "do not need a court",
        "without going to court",
        "no need for a court",
        "no judge needed",
      ],
    ],
  },
  {
    rule: "zh-no-court-needed-v17",
    category: "false_legal_claim",
    severity: "block",
    window: 60,
    groups: [
      ["扣钱", "扣你", "划走", "划扣", "收了", "收走", "拍卖", "冻结", "扣工资", "扣押"],
      [
        ...combine(NO_NEED_ZH_V17, ["法院", "起诉", "判决"]),
        // Pinyin stays a separate word after the Chinese ("不需要走 fa yuan").
        ...combine(NO_NEED_ZH_V17, ["fa yuan", "fayuan"], " "),
      ],
    ],
  },
  {
    rule: "zh-exit-stopped-v17",
    category: "false_legal_claim",
    severity: "block",
    window: 40,
    groups: [
      ["限制出境", "限制出境了", "限製出境", "边控", "邊控"],
      ["出不去", "走不了", "被扣下", "扣下", "被拦下", "拦下", "被拦住", "扣留", "扣在"],
    ],
  },
  {
    rule: "zh-photo-social-circle-v17",
    category: "privacy_exposure",
    severity: "block",
    window: 40,
    groups: [
      ["你的照片", "你照片", "你的头像", "你的身份证"],
      ["社交平台", "社交账号", "好友那里", "好友那边", "好友手里"],
    ],
  },
];
