import type { ContextRule } from "../types.js";
import { combine } from "./combine.js";
import { YOUR_PEOPLE_EN } from "./en-people.js";
import { EN_PLATFORMS } from "./v2-rules.js";

// Traditional-Chinese (Taiwanese) authorities, as normalisation folds them: 地檢署 → 地检署.
const ZH_TW_AUTHORITIES = ["地检署", "检察署", "地方检察署", "调查局", "刑事局", "警察局", "警局"];

// Those of them that prosecute or investigate, whom no deadline in a collection message may name.
const ZH_TW_PROSECUTORS = ["地检署", "检察署", "地方检察署", "调查局", "刑事局"];

// A debt told to someone, in the words a collector reports telling it with.
const EN_DEBT_TOLD = [
  "you owe",
  "that you owe",
  "in default",
  "defaulted",
  "behind on",
  "in arrears",
  "refusing to pay",
  "won't pay",
  "haven't paid",
  "unpaid",
  "a debt",
  "your debt",
  "the debt",
  "owe us",
];

// People beyond the "your …" lists who are told: those living in or around the borrower's property.
const EN_OTHERS_AROUND = [
  "the tenants",
  "the tenant",
  "the neighbours",
  "the neighbors",
  "the people next door",
  "the landlord",
  "the other tenants",
];

/**
 * Context rules added in 1.11: a pet's fate in a veiled threat ("would be a shame if he got out one
 * night and didn't come back", 你家狗…不一定回得来); men sent round in British and Australian words ("a
 * couple of our blokes will pop round"); an official who wants the money paid to them personally or
 * introduces themself as the deciding officer ("I am the arbitrator … pay … to me", 仲裁员…转给我); a
 * constable speaking; a court office calling about an account; a Taiwanese prosecutor or police office
 * named as the speaker or given a deadline (這裡是…地檢署, 移送地檢署 … 明天); a third party told of the
 * debt ("informed the tenants … that you are in default", "told them you've got a debt", "we told your
 * 老板 about the debt"); and a posting said as something "going up on" a platform.
 */
export const contextRulesV12: readonly ContextRule[] = [
  {
    rule: "en-pet-fate",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      [
        "your dog",
        "your cat",
        "your pet",
        "your pets",
        "your puppy",
        "your kitten",
        "got a dog",
        "got a cat",
        "have a dog",
        "have a cat",
      ],
      [
        "shame if",
        "would be a shame",
        "didn't come back",
        "did not come back",
        "doesn't come back",
        "does not come back",
        "never came back",
        "never come back",
        "never comes back",
        "go missing",
        "goes missing",
        "hate for",
        "anything to happen",
        "something to happen",
        "accidents happen",
      ],
    ],
  },
  {
    rule: "zh-pet-fate",
    category: "threat",
    severity: "block",
    window: 24,
    groups: [
      [
        "你家狗",
        "你家的狗",
        "你的狗",
        "你家猫",
        "你家的猫",
        "你的猫",
        "你家宠物",
        "你的宠物",
        "狗狗",
        "猫咪",
      ],
      ["回不来", "回得来", "出意外", "出点事", "出什么事", "被毒", "毒死", "药死", "可惜了", "看好"],
    ],
  },
  {
    rule: "en-blokes-round",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      ["blokes", "lads", "fellas", "heavies", "our boys", "our men"],
      [
        "pop round",
        "pop over",
        "come round",
        "come over",
        "drop round",
        "call round",
        "swing by",
        "be round",
        "pay you a visit",
        "visit you",
        "round to your",
        "over to your",
      ],
    ],
  },
  {
    rule: "zh-official-paid-personally",
    category: "impersonation",
    severity: "block",
    window: 60,
    groups: [
      ["仲裁员", "仲裁委", "仲裁委员会", "法官", "书记员", "检察官", "警官", "执行员", "公证员"],
      [
        "转给我",
        "打给我",
        "转到我",
        "打到我",
        "给我转",
        "我帮你撤销",
        "我帮你撤案",
        "我帮你销案",
        "我给你撤销",
        "我个人账户",
        "我的账户",
      ],
    ],
  },
  {
    rule: "en-official-paid-personally",
    category: "impersonation",
    severity: "block",
    window: 120,
    groups: [
      [
        "i am the arbitrator",
        "i'm the arbitrator",
        "i am an arbitrator",
        "i'm an arbitrator",
        "i am the judge",
        "i'm the judge",
        "i am the magistrate",
        "i'm the magistrate",
        "i have ruled",
        "i've ruled",
        "i ruled",
      ],
      ["to me", "pay me", "send me", "directly to me", "my account"],
    ],
  },
  {
    rule: "en-decider-self",
    category: "impersonation",
    severity: "block",
    window: 40,
    groups: [
      ["i am the", "i'm the", "i am your", "i'm your"],
      [
        "arbitrator assigned",
        "judge assigned",
        "magistrate assigned",
        "judge on your case",
        "judge handling",
      ],
    ],
  },
  {
    rule: "en-constable-speaking",
    category: "impersonation",
    severity: "block",
    window: 30,
    groups: [
      ["constable", "senior constable", "police constable"],
      ["this is", "here", "speaking", "calling", "my name is", "i'm", "i am"],
    ],
  },
  {
    rule: "en-court-office-calling",
    category: "impersonation",
    severity: "block",
    window: 40,
    groups: [
      [
        "superior court",
        "district court",
        "county court",
        "circuit court",
        "court clerk",
        "clerk's office",
        "clerk of court",
        "courthouse",
        "court office",
        "magistrate's office",
      ],
      [
        "calling about your",
        "calling regarding your",
        "calling you about",
        "calling in regard",
        "calling to collect",
        "calling about the",
      ],
    ],
  },
  {
    rule: "zh-tw-authority-self",
    category: "impersonation",
    severity: "block",
    window: 16,
    groups: [["我是", "我们是", "这里是", "这边是", "本署"], ZH_TW_AUTHORITIES],
  },
  {
    rule: "zh-tw-authority-pressure",
    category: "false_legal_claim",
    severity: "block",
    window: 24,
    groups: [
      ZH_TW_PROSECUTORS,
      ["今天", "明天", "今日", "明日", "立即", "马上", "小时内", "日内", "拘提", "监管账户", "安全账户"],
    ],
  },
  {
    rule: "en-told-around-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 100,
    groups: [
      combine(
        ["told", "informed", "notified", "alerted", "warned"],
        [...YOUR_PEOPLE_EN, ...EN_OTHERS_AROUND],
        " ",
      ),
      EN_DEBT_TOLD,
    ],
  },
  {
    rule: "en-told-them-debt",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      [...YOUR_PEOPLE_EN, ...EN_OTHERS_AROUND],
      ["told them", "told him", "told her", "let them know", "let him know", "let her know", "informed them"],
      EN_DEBT_TOLD,
    ],
  },
  {
    rule: "en-we-told-your",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      combine(
        ["we", "we've", "we have", "i", "i've", "i have", "already", "just"],
        [
          "told your",
          "informed your",
          "notified your",
          "rang your",
          "called your",
          "phoned your",
          "texted your",
          "emailed your",
          "messaged your",
          "spoke to your",
          "spoken to your",
          "talked to your",
        ],
        " ",
      ),
      [
        "about the debt",
        "about your debt",
        "about your arrears",
        "about the arrears",
        "about what you owe",
        "about the money you owe",
        "that you owe",
        "you owe",
      ],
    ],
  },
  {
    rule: "en-going-up-on-platform",
    category: "privacy_exposure",
    severity: "block",
    window: 40,
    groups: [
      ["going up on", "goes up on", "go up on", "gone up on", "put up on", "posted up on", "be up on"],
      EN_PLATFORMS,
    ],
  },
];
