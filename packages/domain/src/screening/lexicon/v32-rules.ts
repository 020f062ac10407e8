import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.31 (held-out rounds r69–r72, after their first passes):
 * - **threats**: red paint on the borrower's door (屋企道门俾人淋红油); named alone, in a list of tactics a
 *   regulator forbids, it stays a word;
 * - **false legal claims**: wages garnished "under the terms of your loan agreement", without a court;
 * - **privacy**: the borrower's address, SSN, photo or name put on Craigslist or a Telegram channel.
 */
export const contextRulesV32: readonly ContextRule[] = [
  {
    rule: "zh-red-paint-door-v32",
    category: "threat",
    severity: "block",
    window: 12,
    groups: [
      ["你家", "你屋企", "屋企", "门口", "道门", "大门"],
      ["淋红油", "泼红油"],
    ],
  },
  {
    rule: "en-contract-garnishment-v32",
    category: "false_legal_claim",
    severity: "block",
    window: 100,
    groups: [
      ["under the terms of your loan agreement", "under your loan agreement"],
      ["authorized to garnish", "authorised to garnish", "garnish 25%", "garnishment"],
    ],
  },
  {
    rule: "en-posted-listing-v32",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      ["craigslist", "telegram channel"],
      ["your home address", "ssn", "your name", "your photo", "nric", "picture"],
    ],
  },
];
