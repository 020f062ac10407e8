import { combine } from "./combine.js";

/**
 * Norm words added in 1.14: a news report's attribution ("…, officials said on Tuesday", "according
 * to police") and a regulator's finding against a firm ("has fined a debt collection firm", "staff
 * were found to have threatened customers"). Like the norms before them, they describe conduct by
 * others rather than do it, so a finding in their sentence and after is reported, not said.
 */
export const normWordsV15: readonly string[] = [
  "officials said",
  "officials say",
  "police said",
  "police say",
  "authorities said",
  "a spokesperson said",
  "a spokesman said",
  "a spokeswoman said",
  "according to police",
  "according to officials",
  "the regulator said",
  "were found to have",
  "was found to have",
  ...combine(
    ["has fined", "have fined", "was fined", "were fined", "has been fined", "fined"],
    [
      "a debt collection",
      "a debt collector",
      "a debt collecting",
      "a collection agency",
      "a collections agency",
      "a collection firm",
      "a lender",
      "a loan app",
      "a bank",
      "a firm",
      "two firms",
      "three firms",
      "lenders",
      "collectors",
    ],
    " ",
  ),
];
