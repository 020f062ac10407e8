import { combine } from "./combine.js";

/**
 * Legitimate language added in 1.20:
 * - a court order served on the employer as the law requires ("your employer will receive a copy of the
 *   order"): the garnishment itself is still read by a person, the copy is not a disclosure;
 * - a call outcome recorded as a disposition ("marking as refused to pay"): a note's code, not a
 *   third party told.
 */
export const allowPhrasesV21: readonly string[] = [
  ...combine(
    [
      "your employer will receive a copy of the ",
      "your employer will be served with a copy of the ",
      "your employer will be sent a copy of the ",
      "your employer has been served with the ",
      "your employer will be served with the ",
    ],
    [
      "order",
      "court order",
      "garnishment order",
      "wage garnishment order",
      "writ",
      "earnings withholding order",
    ],
  ),
  ...combine(
    ["marking as ", "marked as ", "mark as ", "marking it as ", "marked it as ", "logged as ", "coded as "],
    ["refused to pay", "refuses to pay", "refusal to pay"],
  ),
];

/**
 * Words that praise a collection tactic's effect ("Works every time", 他们一听就怕): a supervisor's
 * "tip" or 话术 that says one is teaching the tactic, not warning against it, so its header does not
 * make what it tells agents to do a report (see `LexiconData.endorsements`).
 */
export const endorsementWordsV21: readonly string[] = [
  "works every time",
  "work every time",
  "works like a charm",
  "that's what gets results",
  "that is what gets results",
  "nobody calls the",
  "nobody ever checks",
  "no one ever checks",
  "nobody checks",
  "they never check",
  "一听就怕",
  "一听就慌",
  "一听就老实",
  "屡试不爽",
  "特别管用",
  "最管用",
  "很管用",
  "挺管用",
  "特别好使",
  "最好使",
  "很好使",
  "挺好使",
  "更好使",
];
