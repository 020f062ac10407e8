import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.16:
 * - the reader's livelihood ended by the sender ("you won't have a business left", "you'll be clearing
 *   out your desk", "make sure your boss knows"), widening 1.15's "make sure you lose that job";
 * - a passport "flagged" or "revoked" over a consumer debt, which no lender can do;
 * - the sexual slur of paying "on your knees".
 */
export const termsV17: readonly TermGroup[] = [
  {
    rule: "en-livelihood-ended-v17",
    category: "threat",
    severity: "block",
    terms: [
      ...combine(
        ["won't have a", "will not have a", "won't have any"],
        ["business left", "job left", "shop left", "career left"],
        " ",
      ),
      ...combine(
        ["clearing out your desk", "clear out your desk", "packing up your desk", "pack up your desk"],
        ["", " by"],
        "",
      ),
      ...combine(
        ["make sure your", "see to it that your", "see to it your"],
        ["boss knows", "employer knows", "manager knows", "clients know", "customers know"],
        " ",
      ),
      "leave a few reviews",
      "leave some reviews",
    ],
  },
  {
    rule: "en-passport-flagged-v17",
    category: "false_legal_claim",
    severity: "block",
    terms: combine(
      ["your passport has been", "your passport is", "your passport will be"],
      ["flagged", "blocked", "revoked", "cancelled", "canceled", "seized", "frozen", "suspended"],
      " ",
    ),
  },
  {
    rule: "en-on-your-knees-v17",
    category: "obscenity",
    severity: "block",
    terms: [
      "money on your knees",
      "pay it on your knees",
      "pay me on your knees",
      "work it off on your knees",
    ],
  },
];
