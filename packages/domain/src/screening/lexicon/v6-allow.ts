import { enAuthorities, zhAuthorities } from "./authorities.js";
import { combine } from "./combine.js";

// What a creditor may not do without a court ("we cannot garnish your wages without a court order"):
// the borrower's rights, where "… without a court order" alone claims the opposite.
const MAY_NOT = ["cannot", "can't", "may not", "will not", "won't", "never"];
const SEIZURES = [
  "garnish your wages",
  "garnish wages",
  "seize your property",
  "seize your car",
  "freeze your account",
  "freeze your bank account",
  "levy your account",
  "take your property",
];

/**
 * Lawful language added in 1.5: harm to a credit record, not to a person ("don't let a missed
 * payment hurt your credit"), and what a creditor may not do without a court.
 */
export const allowPhrasesV6: readonly string[] = [
  ...combine(MAY_NOT, combine(SEIZURES, ["without a court order", "without a court judgment"], " "), " "),
  "hurt your credit",
  "hurt your score",
  "hurt your credit score",
  "hurt your credit rating",
  "hurt your chances",
  "harm your credit",
  "damage your credit",
];

/** "Nobody is going to arrest you", "没有人会上门": a claim denied for everyone. Added in 1.5. */
export const negationWordsV6: readonly string[] = ["nobody", "no one", "没有人会", "没人会"];

/** Words reporting what others say ("网上说的“老赖”一般是指…"), added in 1.5. */
export const reportedWordsV6: readonly string[] = [
  "网上说的",
  "网上所说",
  "网传",
  "网上讲的",
  "people online",
];

/** Reassurance that answers such talk ("请您放心", "并不属于这种情况"), added in 1.5. */
export const redressWordsV6: readonly string[] = ["请放心", "请你放心", "并不属于", "不属于这种情况"];

/**
 * Authorities no collector may write as, added in 1.5: one named in the leading sender tag
 * (【XX市中级人民法院】, "Court Services Division:") claims the message comes from a court or the police.
 */
export const senderAuthorities: readonly string[] = [
  ...zhAuthorities,
  "法院",
  "公安",
  "警方",
  "警察",
  "检察",
  "仲裁委",
  "仲裁院",
  "仲裁中心",
  ...enAuthorities,
  "district court",
  "county court",
  "superior court",
  "circuit court",
  "municipal court",
  "magistrates",
  "court services",
  "court division",
  "from the court",
  "the court of",
  "attorney general",
];
