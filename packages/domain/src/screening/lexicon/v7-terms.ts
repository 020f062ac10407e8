import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.6: detention claimed as a court order ("NOTICE OF PENDING DETAINMENT", "a pickup
 * order has been prepared"), a relative told to watch her back, and property that will not stay whole
 * (你家那扇窗户就别想完整了).
 */
export const termsV7: readonly TermGroup[] = [
  {
    rule: "en-detention-claim",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "detainment",
      "pending detainment",
      "pickup order",
      "pick-up order",
      "detention order",
      "order of detention",
      "body attachment",
      "custody order",
    ],
  },
  {
    rule: "en-watch-their-back",
    category: "threat",
    severity: "block",
    terms: [
      "watch her back",
      "watching her back",
      "watch his back",
      "watching his back",
      "watching your back",
      "watch their backs",
      "watch their back",
    ],
  },
  {
    rule: "zh-not-whole",
    category: "threat",
    severity: "block",
    terms: ["别想完整", "完整不了", "别想囫囵"],
  },
];
