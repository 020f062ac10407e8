import { INDIRECT_QUESTIONS } from "../negation.js";
import { combine } from "./combine.js";
import { EN_ALL_PEOPLE_V14 } from "./v14-terms.js";

/**
 * Legitimate language added in 1.16:
 * - "cell" as a mobile phone ("call my cell after 6", "cell only", "your cell number"), which the
 *   jail-cell vocabulary of 1.1 read as prison;
 * - the writs a court issues after a judgment ("the court has issued a warrant of control / execution /
 *   possession"), lawful enforcement stated as done, where a collector's fake is a warrant for arrest;
 * - condolences that name the dead relative ("I'm so sorry for the loss of your husband", "the passing
 *   of your mother"): estate administration, as "your late husband" was in 1.13.
 */
export const allowPhrasesV17: readonly string[] = [
  ...combine(["call", "text", "ring", "reach you on", "on", "to"], ["your cell"], " "),
  "my cell",
  "cell only",
  "cell phone",
  "cellphone",
  "cell number",
  "home or cell",
  "landline or cell",
  "cell or landline",
  "cell or home",
  "mobile or cell",
  ...combine(
    ["warrant of", "warrants of", "issued a warrant of", "issued the warrant of", "suspend the warrant of"],
    ["control", "execution", "possession", "delivery"],
    " ",
  ),
  "suspend the warrant",
  ...EN_ALL_PEOPLE_V14.flatMap((who) => [
    `loss of your ${who}`,
    `passing of your ${who}`,
    `death of your ${who}`,
    `condolences on your ${who}`,
  ]),
];

/**
 * Negations added in 1.16: the contracted "nobody's coming to your house", "no one's going to arrest
 * you", which 1.5 read only with "is" spelled out; and indirect questions ("you asked whether we
 * contacted your employer"), which state nothing.
 */
export const negationWordsV17: readonly string[] = [
  "nobody's",
  "no one's",
  "noone's",
  // The indirect questions negation.ts reads as a scope ("you asked whether we contacted your employer").
  ...INDIRECT_QUESTIONS,
];

/**
 * Words added in 1.16 that show the sender handling what it quotes: a training script that quotes what
 * an agent must NOT say ("the trainee playing the 'bad agent' says 'I'll post your name on Facebook'.
 * Trainees must identify each violation"). As with every redress word, only quoted or reported text is
 * excused by it.
 */
export const redressWordsV17: readonly string[] = [
  "what not to do",
  "what not to say",
  "identify each violation",
  "identify the violation",
  "identify the violations",
  "compliant alternative",
  "non-compliant",
  "trainee",
  "trainees",
];
