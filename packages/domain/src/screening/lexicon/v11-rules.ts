import type { ContextRule } from "../types.js";
import { YOUR_PEOPLE_EN } from "./en-people.js";
import { ZH_DEBT_STATE } from "./v3-rules.js";
import { YOUR_PEOPLE } from "./zh-people.js";

// A third person's debt in the words a broadcast uses: "the owner … is in default on".
const EN_THEIR_DEBT = [
  "is in default",
  "has defaulted",
  "defaulted on",
  "owes",
  "is behind on",
  "hasn't paid",
  "has not paid",
  "refuses to pay",
  "won't pay",
];

const YUE_KIN = [
  "细佬",
  "家姐",
  "细妹",
  "大佬",
  "老豆",
  "老母",
  "阿妈",
  "阿爸",
  "老公",
  "老婆",
  "个仔",
  "个女",
];

/**
 * Context rules added in 1.10: a circular to a business's clients or staff naming someone's debt;
 * a relative rung and told what the borrower owes (British "ring your mum"); a business partner told
 * of its partner's debt; a Cantonese relative told of the borrower's borrowing (你细佬…借咗…冇还);
 * and the family told to "mind their safety" beside a demand.
 */
export const contextRulesV11: readonly ContextRule[] = [
  {
    rule: "en-circular-debt",
    category: "third_party_disclosure",
    severity: "block",
    negativeClaim: true,
    window: 120,
    groups: [
      [
        "to all clients",
        "to all customers",
        "to all employees",
        "to all staff",
        "to all members",
        "to all tenants",
        "to all residents",
        "to all neighbours",
        "to all neighbors",
        "to all suppliers",
      ],
      EN_THEIR_DEBT,
    ],
  },
  {
    rule: "en-ring-relative-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      ["ring", "phone", "bell", "text"].flatMap((verb) =>
        [
          ...YOUR_PEOPLE_EN,
          "your mum",
          "your mam",
          "your nan",
          "your gran",
          "your missus",
          "your other half",
        ].map((who) => `${verb} ${who}`),
      ),
      ["how much you owe", "what you owe", "about your debt", "about your arrears", "you owe"],
    ],
  },
  {
    rule: "zh-partner-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [["贵公司合作伙伴", "贵司合作伙伴", "贵公司客户", "贵司客户", "贵单位合作伙伴"], ZH_DEBT_STATE],
  },
  {
    rule: "zh-yue-relative-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 30,
    groups: [
      YUE_KIN.flatMap((who) => [`你${who}`, `你个${who}`]),
      ["借咗", "冇还", "未还", "欠咗", "拖数", "走数"],
    ],
  },
  {
    rule: "zh-family-mind-safety",
    category: "threat",
    severity: "block",
    window: 24,
    groups: [
      ["您家人", "您的家人", "你家人", "家里人", "您家里人", ...YOUR_PEOPLE.filter((p) => p.length <= 4)],
      ["注意安全", "出入小心", "出入注意", "小心点"],
    ],
  },
];
