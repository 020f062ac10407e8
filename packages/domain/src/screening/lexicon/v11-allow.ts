/**
 * Legitimate language added in 1.10: a child's school costs named as a reason to move a payment date
 * ("your daughter's school trip"), lawful court and arbitration process named in full (以法院送达的传票,
 * 向法院申请强制执行, 仲裁委员会受理, "a claim … in the County Court", "County Court Judgment"), a loan
 * officer, and the borrower told to report abuse to the police (向警方举报, "report it to the police").
 */
export const allowPhrasesV11: readonly string[] = [
  ...["your daughter's", "your son's", "your child's", "your children's", "your kids'", "your kid's"].flatMap(
    (whose) =>
      ["school trip", "school fees", "school uniform", "school holidays", "school supplies"].map(
        (what) => `${whose} ${what}`,
      ),
  ),
  "法院送达的传票",
  "送达的传票为准",
  "向法院申请强制执行",
  "向人民法院申请强制执行",
  "仲裁委员会依法受理",
  "仲裁委员会受理",
  "仲裁委送达",
  "按仲裁委",
  "in the county court",
  "county court judgment",
  "county court judgement",
  "county court bailiffs",
  "loan officer",
  "credit officer",
  "警方举报",
  "report it to the police",
  "report this to the police",
  "report them to the police",
  "report the call to the police",
];

/**
 * Negations added in 1.10: "nobody can arrest you", and promises whose whole clause is described,
 * not threatened ("we would never send bailiffs without a court order", "we never threaten arrest or
 * involve the police"); negation.ts lists the latter as scope negations.
 */
export const negationWordsV11: readonly string[] = [
  "nobody can",
  "no one can",
  "never send bailiffs",
  "not send bailiffs",
  "never threaten",
];

/** Reporting words added in 1.10: what agents told customers, in a regulator's review. */
export const reportedWordsV11: readonly string[] = [
  "told customers",
  "told consumers",
  "told borrowers",
  "told debtors",
  "told their customers",
];

/** Redress words added in 1.10: a complaint upheld, a practice found misleading. */
export const redressWordsV11: readonly string[] = [
  "uphold your complaint",
  "upheld your complaint",
  "listened to the recording",
  "are misleading",
  "were misleading",
  "poor practice",
];
