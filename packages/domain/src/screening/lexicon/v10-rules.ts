import type { ContextRule } from "../types.js";
import { enAuthorities } from "./authorities.js";
import { YOUR_PEOPLE_EN } from "./en-people.js";
import { EN_DEBT_STATE } from "./v3-rules.js";

const EN_RELAY = [
  "have her call",
  "have him call",
  "have them call",
  "let her know",
  "let him know",
  "tell her to",
  "tell him to",
  "have a word with her",
  "have a word with him",
  "ask her to",
  "ask him to",
  "remind her",
  "remind him",
  "get her to",
  "get him to",
];

/**
 * Context rules added in 1.9: a third party asked to pass a named person's debt on ("X has an unpaid
 * collection … please have her call us", "one of your members owes … have a word with her"); an
 * organisation told about its employee's or member's debt (his student loans … months behind; 你们员工…逾期, "your employee co-signed a loan
 * that is past due"); a relative told to pay for the borrower (你帮佢还, "your son defaulted on");
 * Cantonese self-introductions as an authority (我系公安局嘅) and a gang sent to the borrower's home (揾人去你屋企);
 * posting verbs beside a platform (放上Facebook); a named unit "here" enforcing (joint enforcement unit);
 * a court clerk collecting by phone; a child's stop or schedule known; and harm in place of payment
 * ("pay … or you'll be needing a trip to the ER"). A debt told to a third party is often said with
 * a negation ("owes us $2,300 and won't pay", 逾期不还): only one before the span makes it a promise.
 */
export const contextRulesV10: readonly ContextRule[] = [
  {
    rule: "en-their-loans",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 60,
    groups: [
      ["his", "her", "their"].flatMap((who) =>
        [
          "student loan",
          "student loans",
          "private student loans",
          "loans",
          "auto loan",
          "payday loan",
          "car payments",
          "payments",
          "medical bill",
          "medical bills",
          "hospital bill",
          "mortgage",
          "card",
        ].map((what) => `${who} ${what}`),
      ),
      EN_DEBT_STATE,
    ],
  },
  {
    rule: "en-third-person-debt-relay",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 160,
    groups: [
      [
        "has an unpaid",
        "has unpaid",
        "has a past due",
        "has a past-due",
        "has an overdue",
        "has a delinquent",
        "has a defaulted",
        "has an outstanding",
        "owes our company",
        "owes us",
        "owes our",
        "co-signed",
        "cosigned",
      ],
      EN_RELAY,
    ],
  },
  {
    rule: "en-member-debt-told",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 100,
    groups: [
      [
        "your employee",
        "one of your employees",
        "one of your members",
        "your member",
        "your congregant",
        "your parishioner",
        "your tenant",
        "one of your tenants",
        "your worker",
        "your staff member",
      ],
      [...EN_DEBT_STATE, "owes", "unpaid", "co-signed", "cosigned", "on the hook"],
    ],
  },
  {
    rule: "en-relative-defaulted",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 60,
    groups: [
      YOUR_PEOPLE_EN,
      ["defaulted on", "is behind on", "fell behind on", "stopped paying", "is delinquent on"],
      ["loan", "loans", "balance", "bill", "card", "account", "payments"],
    ],
  },
  {
    rule: "zh-member-debt-told",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 40,
    groups: [
      [
        "你们员工",
        "你们的员工",
        "你们公司员工",
        "你们单位员工",
        "贵司员工",
        "贵单位员工",
        "你单位员工",
        "你公司员工",
      ],
      ["逾期", "欠款", "欠钱", "不还", "欠我", "欠了"],
    ],
  },
  {
    rule: "zh-pay-for-them",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 40,
    groups: [
      ["欠", "逾期", "唔还", "不还"],
      [
        "你帮佢还",
        "你帮他还",
        "你帮她还",
        "你替他还",
        "你替她还",
        "你帮佢俾",
        "你替佢还",
        "帮你个仔还",
        "帮你仔还",
      ],
    ],
  },
  {
    rule: "zh-authority-self-yue",
    category: "impersonation",
    severity: "block",
    window: 8,
    groups: [
      ["我系", "我哋系", "呢度系", "我哋喺"],
      ["公安", "派出所", "警察", "差人", "差馆", "法院", "检察院", "律师", "警局"],
    ],
  },
  {
    rule: "zh-men-to-home",
    category: "threat",
    severity: "block",
    window: 20,
    groups: [
      ["揾人", "搵人", "找人", "叫人", "派人", "叫几个人", "找几个人"],
      ["屋企楼下", "你屋企", "你家楼下", "门口等你", "楼下等你"],
    ],
  },
  {
    rule: "zh-post-verb-platform",
    category: "privacy_exposure",
    severity: "block",
    window: 14,
    groups: [
      ["放上", "放到", "贴上", "po上", "post上", "上传到", "挂上", "挂到"],
      [
        "facebook",
        "fb",
        "脸书",
        "ig",
        "instagram",
        "朋友圈",
        "微博",
        "抖音",
        "小红书",
        "公司个群",
        "村里的群",
        "群里",
      ],
    ],
  },
  {
    rule: "en-authority-enforcement-unit",
    category: "impersonation",
    severity: "block",
    window: 60,
    groups: [
      [...enAuthorities, "irs", "police", "sheriff", "marshal", "department of education", "treasury"],
      ["enforcement unit", "enforcement division", "enforcement team", "joint enforcement", "task force"],
    ],
  },
  {
    rule: "en-clerk-collects",
    category: "impersonation",
    severity: "block",
    window: 120,
    groups: [
      ["court clerk", "clerk of court", "clerk's office", "county clerk", "this is the clerk"],
      [
        "directly by phone",
        "by phone today",
        "over the phone today",
        "pay the clerk directly",
        "gift card",
        "wire the",
      ],
    ],
  },
  {
    rule: "en-know-child-schedule",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      [
        "i know which",
        "we know which",
        "i know what time",
        "we know what time",
        "i know when",
        "we know when",
      ],
      [
        "bus stop",
        "bus",
        "school",
        "class",
        "practice",
        "daycare",
        "walk home",
        "walks home",
        "get off",
        "gets off",
      ],
    ],
  },
  {
    rule: "en-harm-instead-of-pay",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["or you'll", "or you will", "or else", "or you're"],
      [
        "trip to the er",
        "trip to the hospital",
        "an ambulance",
        "a hospital bed",
        "in a cast",
        "in the hospital yourself",
        "needing a doctor",
      ],
    ],
  },
];
