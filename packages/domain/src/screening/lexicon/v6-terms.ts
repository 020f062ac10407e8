import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.5: a criminal case as already under way (走刑事程序, 等着被抓), seizure claimed to
 * need no court ("we don't need to go to court"), and 我院 ("our court"), which only a court or a hospital writes.
 */
export const termsV6: readonly TermGroup[] = [
  {
    rule: "zh-criminal-underway",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "等着被抓",
      "等着被拘",
      "等着被拘留",
      "等着坐牢",
      "等着吃牢饭",
      "等着进去",
      "走刑事程序",
      "走刑事",
      "转刑事",
      "转为刑事",
      "转成刑事",
      "刑事程序",
    ],
  },
  {
    rule: "en-no-court-needed",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "don't need to go to court",
      "do not need to go to court",
      "don't have to go to court",
      "do not have to go to court",
      "don't need a court order",
      "do not need a court order",
      "don't need a court",
      "don't need a judge",
      "do not need a judge",
      "no court order needed",
      "no court order required",
      "no need for a court order",
      "no judge required",
    ],
  },
  {
    rule: "zh-our-court-review",
    category: "impersonation",
    severity: "review",
    terms: ["我院"],
  },
];
