import type { ContextRule } from "../types.js";
import { enAuthorities } from "./authorities.js";
import { EN_YOUR_CHILDREN, EN_YOUR_WORK_AND_HOME } from "./en-people.js";
import { EN_DEBT_STATE } from "./v3-rules.js";

const EN_DEBT_STATE_V7 = [...EN_DEBT_STATE, "in arrears", "arrears", "charged off", "charged-off"];
const EN_KIN_NEAR = [
  "your wife",
  "your husband",
  "your partner",
  "your girlfriend",
  "your boyfriend",
  "your mother",
  "your mom",
  "your father",
  "your dad",
  ...EN_YOUR_CHILDREN,
];

/**
 * Context rules added in 1.6: someone else's debt named to the reader (his loan is in collections,
 * "Kwame's account is in arrears", "she listed you as a reference on a loan now in default", "your
 * employee has an unpaid debt"); a relative's daily route laid out beside a demand (the school bus at
 * 3:15, the walk home from the station); an authority that knows the reader's balance; and a post to a
 * named platform in Chinese (贴到你的脸书和LINE群组).
 */
export const contextRulesV7: readonly ContextRule[] = [
  {
    rule: "en-their-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 50,
    groups: [
      [
        ...["his", "her", "their"].flatMap((who) =>
          ["loan", "car loan", "personal loan", "account", "debt", "balance", "credit card"].map(
            (what) => `${who} ${what}`,
          ),
        ),
        "'s loan",
        "'s account",
        "'s debt",
        "'s balance",
        "'s credit card",
      ],
      EN_DEBT_STATE_V7,
    ],
  },
  {
    rule: "en-listed-you",
    category: "third_party_disclosure",
    severity: "block",
    window: 100,
    groups: [
      [
        "listed you as",
        "named you as",
        "put you down as",
        "gave us your number",
        "gave your number",
        "listed your number",
      ],
      EN_DEBT_STATE_V7,
    ],
  },
  {
    rule: "en-your-employee-owes",
    category: "third_party_disclosure",
    severity: "block",
    window: 50,
    groups: [
      EN_YOUR_WORK_AND_HOME,
      [
        "has an unpaid",
        "has a debt",
        "has an outstanding",
        "has a defaulted",
        "has a past due",
        "owes",
        "is in default",
        "is behind",
        "has not paid",
        "hasn't paid",
        "debt with",
      ],
    ],
  },
  {
    rule: "en-kin-route",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      EN_KIN_NEAR,
      [
        "gets off the",
        "school bus",
        "at the corner of",
        "walks home",
        "walk home",
        "walking home",
        "from the station",
        "leaves work",
        "gets off work",
        "every morning at",
        "every night at",
      ],
    ],
  },
  {
    rule: "en-authority-knows-balance",
    category: "impersonation",
    severity: "block",
    window: 100,
    groups: [
      enAuthorities,
      [
        "your outstanding",
        "your balance",
        "your unpaid",
        "your debt",
        "your loan",
        "made aware of your",
        "close your file",
      ],
    ],
  },
  {
    rule: "zh-post-to-platform",
    category: "privacy_exposure",
    severity: "block",
    window: 20,
    groups: [
      ["贴到", "发到", "挂到", "传到", "晒到", "公布到", "发在", "贴在", "挂在", "曝光到", "放到"],
      ["脸书", "line", "推特", "ig", "微博", "抖音", "小红书", "快手", "群组", "油管", "论坛", "贴吧"],
    ],
  },
];
