import type { ContextRule } from "../types.js";
import { combine } from "./combine.js";
import { ZH_DEBT_STATE } from "./v3-rules.js";

// What someone was wearing, for a sighting described back to the reader.
const EN_CLOTHES_V15 = [
  "jacket",
  "coat",
  "shirt",
  "t-shirt",
  "top",
  "dress",
  "skirt",
  "hoodie",
  "jumper",
  "sweater",
  "cap",
  "hat",
  "scarf",
  "shoes",
  "trainers",
  "sneakers",
  "boots",
  "jeans",
  "suit",
  "uniform",
  "outfit",
];
const ZH_CLOTHES_SEEN_V15 = combine(
  ["你今天", "你今早", "你早上", "你昨天", "你昨晚", "你刚才", "你下午", "你晚上"],
  ["穿的", "穿着", "穿了"],
);

// A condition of non-payment, in the words a threat hangs on it.
const EN_IF_NOT_PAID_V15 = [
  "if that payment doesn't",
  "if the payment doesn't",
  "if payment doesn't",
  "if it doesn't come",
  "if the money doesn't",
  "if the money isn't",
  "if that money isn't",
  "if you don't pay",
  "if you don't send",
  "if you don't settle",
  "if you don't clear",
  "if you do not pay",
  "if it isn't paid",
  "if it's not paid",
  "if this isn't paid",
  "if we don't get",
  "if we don't see",
  "if we don't hear",
  "unless you pay",
  "unless we get",
  "unless payment",
  "pay up or",
  "pay or",
];

// Something of the reader's: their business, home, vehicle, pet or body.
const EN_YOUR_THINGS_V15 = [
  "your shop",
  "that shop",
  "the shop",
  "your stall",
  "that stall",
  "your business",
  "your house",
  "your home",
  "your flat",
  "your place",
  "your car",
  "that car",
  "your van",
  "your bike",
  "your motorbike",
  "your boda",
  "your windows",
  "your dog",
  "your cat",
  "your kids",
  "your family",
  "your face",
  "your legs",
];

const EN_HARM_V15 = [
  "closes",
  "closed down",
  "shuts down",
  "burns",
  "burns down",
  "catches fire",
  "goes up in flames",
  "goes missing",
  "disappears",
  "gets hurt",
  "get hurt",
  "gets damaged",
  "gets smashed",
  "smashed",
  "broken",
  "has an accident",
  "accident",
  "permanently",
  "something happens",
];

/**
 * Context rules added in 1.14, most of them veiled threats:
 * - "don't be surprised if" something of the reader's closes, burns or goes missing;
 * - "we'll be seeing you" on a condition of non-payment;
 * - what the reader wore today, described back to them ("Nice jacket you had on this morning",
 *   你今天穿的那件红外套 beside the debt);
 * - 钱再不还 + 哪天…不见了 / 出事 (something of the reader's vanishing "one day");
 * - immigration used against a debt (我们会通知入境处, "report you to immigration … deported");
 * - a referee told of the debt ("you were listed as a referee by Brian, who has defaulted").
 */
export const contextRulesV15: readonly ContextRule[] = [
  {
    rule: "en-dont-be-surprised",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      [
        "don't be surprised if",
        "do not be surprised if",
        "don't be surprised when",
        "don't be shocked if",
        "don't be shocked when",
        "don't act surprised if",
        "don't act surprised when",
        "won't be surprised if",
        "wouldn't be surprised if",
      ],
      EN_YOUR_THINGS_V15,
      EN_HARM_V15,
    ],
  },
  {
    rule: "en-seeing-you-if-unpaid",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      [
        "be seeing you",
        "be seeing you again",
        "see you again soon",
        "seeing you again",
        "pay you a visit",
        "paying you a visit",
        "be round yours",
        "be round your",
        "come round yours",
        "coming round yours",
        "be over to yours",
      ],
      EN_IF_NOT_PAID_V15,
    ],
  },
  {
    rule: "en-what-you-wore",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      combine(EN_CLOTHES_V15, ["you had on", "you were wearing", "you wore", "you've got on"], " "),
      ["this morning", "today", "yesterday", "last night", "earlier", "this afternoon", "tonight"],
    ],
  },
  {
    rule: "zh-what-you-wore",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [ZH_CLOTHES_SEEN_V15, [...ZH_DEBT_STATE, "还钱", "不还", "还款"]],
  },
  {
    rule: "zh-one-day-gone",
    category: "threat",
    severity: "block",
    window: 30,
    groups: [
      ["再不还", "不还的话", "不还钱", "还不还", "唔还", "钱不还", "还不上", "不给钱", "不还我"],
      ["哪天", "某天", "说不定哪天", "改天", "哪一天", "有一天"],
      ["不见了", "没了", "丢了", "出事", "出了事", "着火", "被烧", "少了", "断了", "瘸了"],
    ],
  },
  {
    rule: "zh-immigration-debt",
    category: "false_legal_claim",
    severity: "block",
    window: 60,
    groups: [
      ["欠款", "欠钱", "不还", "唔还", "未还", "没还", "逾期", "拖欠", "还钱"],
      ["通知", "report", "报告", "上报", "举报", "报给", "交给"],
      ["移民局", "移民厅", "移民廳", "入境处", "入境處", "出入境", "入境局", "immigration"],
    ],
  },
  {
    rule: "en-immigration-debt",
    category: "false_legal_claim",
    severity: "block",
    window: 100,
    groups: [
      [
        "immigration",
        "home office",
        "border force",
        "your visa",
        "your work permit",
        "your residence permit",
      ],
      ["deported", "detained", "deport you", "send you back", "banned from"],
      ["owe", "debt", "loan", "pay", "unpaid", "overdue", "arrears", "default"],
    ],
  },
  {
    rule: "en-referee-told-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 120,
    groups: [
      [
        "listed as a referee",
        "listed as a reference",
        "listed as his referee",
        "listed as her referee",
        "listed as their referee",
        "listed you as",
        "named you as",
        "gave your number as",
        "gave us your number",
        "as his referee",
        "as her referee",
        "as a referee",
        "as their referee",
      ],
      [
        "defaulted",
        "in default",
        "owes",
        "owed",
        "overdue",
        "past due",
        "unpaid",
        "arrears",
        "debt",
        "delinquent",
        "has not paid",
        "hasn't paid",
        "failed to pay",
        "failed to repay",
      ],
    ],
  },
];
