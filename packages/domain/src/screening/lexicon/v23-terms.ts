import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.22 (rounds r39 and r40):
 * - **livelihood threats**: the reader made unemployable where they live ("you'll never work in this
 *   town again"; "nobody … ever hires you" is a context rule, v23-rules.ts);
 * - **insult**: the reader measured against a child ("dumber than a child"; "even a child could" set
 *   against the reader is a context rule, v23-rules.ts), and the insult said as a counterfactual ("you
 *   wouldn't be such a pathetic mess"), which a negation before it would otherwise turn into a promise;
 * - **false legal claims and impersonation**: the words of arrest and prosecution and the titles of
 *   the police spelled out letter by letter ("j a i l time", "p o l i c e department", "S.h.e.r.i.f.f").
 *   Since 1.25 the normaliser joins any word spelled out that way (spelled-letters.ts), so those terms,
 *   which would now read as the plain words, were removed.
 */
export const termsV23: readonly TermGroup[] = [
  {
    rule: "en-unemployable-v23",
    category: "threat",
    severity: "block",
    terms: [
      ...combine(
        ["never work in this ", "never work in the ", "never get a job in this ", "never find work in this "],
        ["town again", "county again", "city again", "area again", "industry again", "state again"],
      ),
    ],
  },
  {
    rule: "en-child-measure-insult-v23",
    category: "insult",
    severity: "block",
    terms: [
      ...combine(
        ["smarter than a ", "dumber than a ", "more stupid than a "],
        ["child", "toddler", "kid", "five year old", "5 year old", "five-year-old", "5-year-old"],
      ),
    ],
  },
  {
    rule: "en-counterfactual-insult-v23",
    category: "insult",
    severity: "block",
    terms: combine(
      ["wouldn't be such a ", "would not be such a ", "wouldnt be such a ", "wouldn't be so "],
      [
        "pathetic",
        "mess",
        "loser",
        "failure",
        "deadbeat",
        "disappointment",
        "joke",
        "useless",
        "worthless",
        "lazy",
        "broke",
        "bum",
        "waste",
      ],
    ),
  },
];
