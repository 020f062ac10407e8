import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.9: threats said as a visit or a pet's or a door's fate ("it won't be a friendly
 * visit", "he doesn't knock", "not going to be a problem for long") a list of debtors posted (张贴欠款名单) and Cantonese arrest talk (上门拉人).
 */
export const termsV10: readonly TermGroup[] = [
  {
    rule: "en-veiled-visit",
    category: "threat",
    severity: "block",
    terms: [
      "won't be a friendly visit",
      "will not be a friendly visit",
      "not going to be a friendly visit",
      "he doesn't knock",
      "they don't knock",
      "we don't knock",
      "won't be a problem for long",
      "not going to be a problem for long",
      "won't be a problem much longer",
    ],
  },
  {
    rule: "zh-post-debtor-list",
    category: "privacy_exposure",
    severity: "block",
    terms: ["张贴欠款名单", "贴欠款名单", "公布欠款名单", "张贴欠款人名单", "张贴名单", "贴大字报"],
  },
  {
    rule: "zh-yue-arrest",
    category: "false_legal_claim",
    severity: "block",
    terms: ["上门拉人", "嚟拉人", "来拉人", "去拉人"],
  },
];
