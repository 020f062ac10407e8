import type { ContextRule } from "../types.js";
import { combine } from "./combine.js";

// The sender announcing a call or a word to someone in the reader's life.
const EN_WE_WILL_TELL_V16 = combine(
  ["we will", "we'll", "we will be", "we'll be", "we are going to", "we're going to"],
  [
    "call",
    "calling",
    "phone",
    "phoning",
    "ring",
    "ringing",
    "inform",
    "informing",
    "tell",
    "telling",
    "contact",
    "contacting",
    "notify",
    "notifying",
    "message",
    "messaging",
  ],
  " ",
);
// People in the reader's working and community life, possessive ("your line manager", "ur boss").
const EN_YOUR_CIRCLE_V16 = combine(
  ["your", "ur"],
  [
    "line manager",
    "manager",
    "boss",
    "b.o.s.s",
    "supervisor",
    "employer",
    "colleagues",
    "coworkers",
    "co-workers",
    "area chief",
    "chief",
    "church",
    "church elders",
    "elders",
    "pastor",
    "imam",
    "village",
    "landlord",
    "neighbours",
    "neighbors",
  ],
  " ",
);
const EN_DEBT_V16 = [
  "loan",
  "l0an",
  "balance",
  "debt",
  "defaulter",
  "unpaid",
  "owe",
  "arrears",
  "outstanding",
];

// Someone close to the reader whose number the sender says it holds, and a talk with them offered.
const ZH_WE_HAVE_THEIR_NUMBER_V16 = combine(
  ["电话", "号码", "手机号", "联系方式", "微信"],
  ["我们也有", "我们都有", "我们早就有", "我们有"],
);
const ZH_TALK_TO_THEM_V16 = [
  "聊聊",
  "谈谈",
  "说说",
  "问问",
  "告诉她",
  "告诉他",
  "联系她",
  "联系他",
  "打给她",
  "打给他",
];

/**
 * Rules added in 1.15:
 * - third parties: the sender announcing a call or a word to the reader's manager, colleagues,
 *   church elders or area chief about the debt ("we'll be phoning your line manager … your outstanding
 *   balance", "we will call your area chief … loan defaulter"); a relative's number the sender says it
 *   holds with a talk offered (你女朋友的电话我们也有，要不要我们跟她好好聊聊);
 * - false legal claims: estafa (criminal fraud) filed or charged over a loan.
 */
export const contextRulesV16: readonly ContextRule[] = [
  {
    rule: "en-we-tell-your-circle-v16",
    category: "third_party_disclosure",
    severity: "block",
    window: 100,
    sameSentence: true,
    groups: [EN_WE_WILL_TELL_V16, EN_YOUR_CIRCLE_V16, EN_DEBT_V16],
  },
  {
    rule: "zh-we-have-their-number-v16",
    category: "third_party_disclosure",
    severity: "block",
    window: 30,
    groups: [ZH_WE_HAVE_THEIR_NUMBER_V16, ZH_TALK_TO_THEM_V16],
  },
  {
    rule: "en-estafa-filed-v16",
    category: "false_legal_claim",
    severity: "block",
    window: 60,
    groups: [["estafa"], ["filed", "charged", "case", "complaint", "jail", "jailed", "arrest", "warrant"]],
  },
];
