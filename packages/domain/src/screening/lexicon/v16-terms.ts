import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.15:
 * - jail or arrest "without bail" over a debt, which no lender can promise and which the negation
 *   reader would otherwise take "without" as denying;
 * - the reader's livelihood taken by the sender in any of its words ("make sure you lose that job /
 *   your business", 给你刷差评, 让你这店关门);
 * - the reader's life called worthless (活着还有什么用, 白养你了).
 */
export const termsV16: readonly TermGroup[] = [
  {
    rule: "en-no-bail-v16",
    category: "false_legal_claim",
    severity: "block",
    terms: combine(["jailed", "arrested", "detained", "jail", "locked up"], ["without bail"], " "),
  },
  {
    rule: "en-livelihood-taken-v16",
    category: "threat",
    severity: "block",
    terms: combine(
      ["make sure you lose", "see to it that you lose", "see to it you lose", "make you lose"],
      ["that job", "this job", "your job", "your work", "your business", "your shop", "your contract"],
      " ",
    ),
  },
  {
    rule: "zh-livelihood-taken-v16",
    category: "threat",
    severity: "block",
    terms: [
      "给你刷差评",
      "刷你差评",
      "给你店刷差评",
      ...combine(
        ["让你这店", "让你的店", "让你店铺", "让你这生意", "叫你这店"],
        ["关门", "彻底关门", "倒闭", "开不下去"],
      ),
    ],
  },
  {
    rule: "zh-worthless-life-v16",
    category: "insult",
    severity: "block",
    terms: ["活着还有什么用", "活着有什么用", "活着有啥用", "白养你了", "白养了你", "真是白养了"],
  },
];
