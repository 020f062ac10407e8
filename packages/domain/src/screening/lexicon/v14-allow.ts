import { combine } from "./combine.js";
import { EN_ALL_PEOPLE_V14 } from "./v14-terms.js";
import { KIN } from "./zh-people.js";

/**
 * Legitimate language added in 1.13: a High Court Enforcement Officer authorised or instructed under a
 * writ (lawful process stated as done, where 1.12 allowed only what one "may" do), and a deceased
 * relative's debt raised with the heir (您父亲生前的信用卡欠款, "your late father's account"): estate
 * administration, not a relative's debt told to a third party.
 */
export const allowPhrasesV14: readonly string[] = [
  ...combine(
    ["high court enforcement officer", "enforcement officer", "enforcement agent"],
    ["has been authorised", "has been authorized", "has been instructed", "is authorised", "is authorized"],
    " ",
  ),
  ...KIN.flatMap((who) => [
    `你${who}生前`,
    `你的${who}生前`,
    `你已故的${who}`,
    `你过世的${who}`,
    `你去世的${who}`,
  ]),
  ...EN_ALL_PEOPLE_V14.flatMap((who) => [`your late ${who}`, `your deceased ${who}`]),
];

/**
 * Authorities added in 1.13 that no collector may write as in a leading tag or header: the credit
 * bureaus ("Experian Fraud Investigation Team here."), which report what lenders tell them and collect
 * nothing.
 */
export const senderAuthoritiesV14: readonly string[] = ["experian", "equifax", "transunion"];
