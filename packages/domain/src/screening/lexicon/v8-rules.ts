import type { ContextRule } from "../types.js";
import { zhAuthorities } from "./authorities.js";
import { EN_YOUR_WORK_AND_HOME } from "./en-people.js";
import { EN_DEBT_STATE } from "./v3-rules.js";

const ZH_DEBT = ["欠钱", "欠款", "欠债", "借款", "逾期", "不还", "拒不还款", "网贷", "本息"];

/**
 * Context rules added in 1.7: a third party asked to pass on or talk round someone's debt (麻烦您
 * 帮忙转告, 帮忙劝一劝); someone's employer addressed about an employee's loan (贵单位员工…借款);
 * English "your tenant / employee … is in collections"; an authority introduced as the speaker
 * (我是你所在辖区的网警); the borrower's contacts in chat spelling ("blast ur contacts"); and a flyer or
 * poster of the borrower's face or ID.
 */
export const contextRulesV8: readonly ContextRule[] = [
  {
    rule: "zh-ask-third-party",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      ZH_DEBT,
      [
        "帮忙转告",
        "帮忙劝",
        "劝一劝",
        "劝劝",
        "转告一下",
        "转告他",
        "转告她",
        "让他还",
        "让她还",
        "叫他还",
        "叫她还",
      ],
    ],
  },
  {
    rule: "zh-employer-told",
    category: "third_party_disclosure",
    severity: "block",
    window: 60,
    groups: [
      [
        "贵单位员工",
        "贵公司员工",
        "贵司员工",
        "贵单位的员工",
        "贵公司的员工",
        "你们单位的",
        "你们公司的员工",
        "各位同事",
      ],
      ZH_DEBT,
    ],
  },
  {
    rule: "en-their-debt-state",
    category: "third_party_disclosure",
    severity: "block",
    window: 50,
    groups: [
      [...EN_YOUR_WORK_AND_HOME, "your roommate", "your lodger"],
      [...EN_DEBT_STATE, "in arrears", "charged off"],
    ],
  },
  {
    rule: "zh-authority-self",
    category: "impersonation",
    severity: "block",
    window: 14,
    groups: [["我是", "我们是", "这里是", "这边是"], zhAuthorities],
  },
  {
    rule: "en-chat-contacts",
    category: "privacy_exposure",
    severity: "block",
    window: 30,
    groups: [
      ["blast", "spam", "text", "message", "leak", "send"],
      [
        "ur contacts",
        "ur contact list",
        "ur phone book",
        "ur friends",
        "ur family",
        "ur coworkers",
        "ur boss",
      ],
    ],
  },
  {
    rule: "en-flyer",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      ["flyer", "flyers", "poster", "posters", "leaflet", "wanted sign"],
      ["your face", "your photo", "your picture", "driver's license", "your license", "your id", "your name"],
    ],
  },
];
