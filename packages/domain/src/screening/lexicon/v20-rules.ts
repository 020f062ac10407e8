import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.19 (rounds r29, short messages from many senders, and r30, long messages):
 * - **livelihood**: "make sure your boss fires you" (1.18 knew "fire you" but not "fires you");
 * - **third parties**: a relay asked to "tell him his loan is overdue"; a relative told the borrower's
 *   arrears because "we thought you'd want to know";
 * - **privacy**: the reader's photo or ID "going on our" page, or to "everyone in your contacts";
 * - **false legal claims**: a judgment entered with the sheriff seizing the car tomorrow; wages garnished
 *   or accounts debited with no court hearing required (无需再经法院审理);
 * - **impersonation**: a law firm that has made the reader a defendant and takes payment today to spare
 *   a hearing (受…委托 … 被列为被告 … 今日 … 还款); a court clerk's office telling the reader to settle with a
 *   collector; a complaints authority, ombudsman or regulator demanding payment; a credit bureau speaking
 *   for itself about a payment (Experian … our resolution desk … pay; 联征中心 … 本专员 … 欠款); "this is"
 *   the police about a loan; 这里是 a government office about a debt.
 */
export const contextRulesV20: readonly ContextRule[] = [
  {
    rule: "en-livelihood-v20",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["make sure", "ensure", "see to it"],
      ["your boss", "your employer", "your manager", "your supervisor", "your hr"],
      ["fires you", "firing you", "sacks you", "lets you go", "lays you off", "terminates you"],
    ],
  },
  {
    rule: "en-relay-his-debt-v20",
    category: "third_party_disclosure",
    severity: "block",
    window: 50,
    groups: [
      [
        "tell him his",
        "tell her her",
        "let him know his",
        "let her know her",
        "tell him that his",
        "tell her that her",
      ],
      ["loan", "debt", "overdue", "balance", "arrears", "account"],
    ],
  },
  {
    rule: "en-thought-you-should-know-v20",
    category: "third_party_disclosure",
    severity: "block",
    window: 200,
    groups: [
      [
        "his loan",
        "her loan",
        "his debt",
        "her debt",
        "his balance",
        "her balance",
        "'s loan",
        "'s debt",
        "'s personal loan",
        "he's now",
        "she's now",
        "he's behind",
        "she's behind",
      ],
      ["you'd want to know", "you would want to know", "you should know", "you ought to know"],
    ],
  },
  {
    rule: "en-photo-going-on-v20",
    category: "privacy_exposure",
    severity: "block",
    window: 60,
    groups: [
      ["your photo", "your picture", "your pic", "your id", "aadhaar", "your face"],
      [
        "going on our",
        "goes on our",
        "go on our",
        "going up on our",
        "going to everyone in your",
        "going to everyi in your",
        "to everyone in your contacts",
        "to everyi in your contacts",
        "to all your contacts",
      ],
    ],
  },
  {
    rule: "en-judgment-seize-v20",
    category: "false_legal_claim",
    severity: "block",
    window: 90,
    groups: [
      [
        "judgment has been entered against you",
        "judgment was entered against you",
        "final judgment has been entered",
      ],
      [
        "sheriff seizes",
        "sheriff will seize",
        "seizes your car",
        "seizes your house",
        "seize your car tomorrow",
      ],
    ],
  },
  {
    rule: "en-garnish-no-hearing-v20",
    category: "false_legal_claim",
    severity: "block",
    window: 250,
    groups: [
      ["garnished", "garnish", "garnishment", "withhold the funds", "withheld from your"],
      [
        "no court hearing is required",
        "no court hearing is needed",
        "no court order is required",
        "no court order is needed",
        "no hearing is required",
      ],
    ],
  },
  {
    rule: "zh-debit-no-court-v20",
    category: "false_legal_claim",
    severity: "block",
    window: 80,
    groups: [
      ["扣划", "划扣", "直接扣除", "直接扣款", "冻结"],
      ["无需再经法院", "无需经过法院", "无需经法院", "无需法院", "不需要经过法院", "不经法院"],
    ],
  },
  {
    rule: "zh-lawfirm-defendant-pay-v20",
    category: "impersonation",
    severity: "block",
    window: 120,
    groups: [
      ["律师事务所", "本所", "律所", "联系律师"],
      ["被列为被告", "对您发起诉讼", "对你发起诉讼"],
      ["今日", "请今日", "今日内", "今天", "指定账户", "联系律师还款"],
    ],
  },
  {
    rule: "en-clerk-settle-v20",
    category: "impersonation",
    severity: "block",
    window: 160,
    groups: [
      ["court clerk", "clerk of court", "clerk of the court", "office of the court"],
      ["settle your debt with", "settle your account with", "pay your debt to", "contact our clerk"],
    ],
  },
  {
    rule: "en-authority-pay-v20",
    category: "impersonation",
    severity: "block",
    window: 250,
    groups: [
      ["this is the", "message from the", "we are the", "on behalf of the"],
      [
        "complaints authority",
        "ombudsman",
        "financial conduct authority",
        "consumer financial protection bureau",
        "financial regulator",
      ],
      ["pay your balance", "pay the balance", "pay now", "pay via", "pay the outstanding", "payment link"],
    ],
  },
  {
    rule: "en-bureau-pay-v20",
    category: "impersonation",
    severity: "block",
    window: 250,
    groups: [
      ["experian", "equifax", "transunion", "credit bureau"],
      ["we have placed", "we've placed", "our resolution", "contact our", "our collections"],
      ["and pay", "pay the outstanding", "pay now", "pay today", "pay your"],
    ],
  },
  {
    rule: "zh-bureau-collect-v20",
    category: "impersonation",
    severity: "block",
    window: 60,
    groups: [
      ["联征中心", "征信中心", "征信局"],
      ["本专员", "本中心专员", "联系本中心", "联系我中心"],
      ["欠款", "还款", "还清"],
    ],
  },
  {
    rule: "en-this-is-police-v20",
    category: "impersonation",
    severity: "block",
    window: 120,
    groups: [
      ["this is cyber", "this is the police", "this is police", "this is cyber crime", "this is the cyber"],
      ["loan", "default", "pay now", "your debt"],
    ],
  },
  {
    rule: "zh-office-debt-v20",
    category: "impersonation",
    severity: "block",
    window: 60,
    groups: [
      ["这里是", "我们是", "本署"],
      ["管理署", "破产管理", "金管局", "金融管理局", "监管局"],
      ["欠款", "拖欠", "清还", "还款"],
    ],
  },
];
