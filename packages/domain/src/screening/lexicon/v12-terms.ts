import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

// A visit or call promised not to be friendly ("it won't be a friendly chat"), in every way the
// 1.9 "won't be a friendly visit" can be said.
const NOT_FRIENDLY = combine(
  ["won't be a", "will not be a", "wont be a", "not going to be a", "isn't going to be a", "won't just be a"],
  combine(["friendly", "nice", "polite"], ["chat", "call", "conversation", "talk", "word"], " "),
  " ",
);

/**
 * Terms added in 1.11: a visit or call promised not to be friendly ("won't be a friendly chat"), the
 * borrower's job taken by the sender ("I'll make sure you lose your job", 让你丢饭碗), Taiwanese
 * criminal procedure claimed (拘票, 羈押), and the borrower's circle told it knows ("your co-workers know
 * too").
 */
export const termsV12: readonly TermGroup[] = [
  {
    rule: "en-veiled-visit-v12",
    category: "threat",
    severity: "block",
    terms: NOT_FRIENDLY,
  },
  {
    rule: "en-job-taken",
    category: "threat",
    severity: "block",
    terms: [
      "make sure you lose your job",
      "see to it you lose your job",
      "see to it that you lose your job",
      "cost you your job",
      "get you fired",
      "have you fired",
      "get you sacked",
      "have you sacked",
      "you're finished at",
      "you are finished at",
      "you'll be finished at",
      "one call from me and",
      "one phone call from me and",
    ],
  },
  {
    rule: "zh-job-taken",
    category: "threat",
    severity: "block",
    terms: [
      ...combine(
        ["让你", "叫你", "保证你", "包你"],
        ["丢了工作", "丢工作", "丢了这份工作", "丢饭碗", "丢了饭碗", "失业", "被开除", "被辞退", "被炒鱿鱼"],
      ),
      "砸了你的饭碗",
      "砸你饭碗",
      "砸了你饭碗",
    ],
  },
  {
    rule: "zh-tw-criminal-procedure",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "拘票",
      "遭羁押",
      "被羁押",
      "予以羁押",
      "将羁押",
      "羁押你",
      "声请羁押",
      "移送地检署",
      "移送检察署",
    ],
  },
  {
    rule: "en-circle-knows",
    category: "third_party_disclosure",
    severity: "block",
    terms: combine(
      [
        "your co-workers",
        "your coworkers",
        "your colleagues",
        "your workmates",
        "your neighbours",
        "your neighbors",
        "your family",
        "your boss",
        "your employer",
        "your clients",
        "your tenants",
        "your parents",
      ],
      ["know too", "knows too", "all know", "now know", "now knows", "know now", "knows now"],
      " ",
    ),
  },
];
