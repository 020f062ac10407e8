/**
 * Legitimate language added in 1.30: a phone called a cell; a bankruptcy attorney to be told; a fraud alert and
 * an account on hold "while it's under investigation"; officers a court appoints; a borrower's "不想活了" given
 * back by the agent who heard it (您刚才说不想活了); a roommate offered beside a crisis line.
 */
export const allowPhrasesV31: readonly string[] = [
  "my cell",
  "your cell",
  "cell phone",
  "cell number",
  "let your attorney know",
  "let your lawyer know",
  "a fraud alert",
  "fraud alert",
  "while it's under investigation",
  "while it is under investigation",
  "court-appointed conservator",
  "court-appointed recipient",
  "court-appointed guardian",
  "court-appointed receiver",
  "court-appointed trustee",
  "说不想活了",
  // Someone to be with, offered beside a crisis line ("Please reach out to 988 or your roommate").
  "988 or your",
];

/** Sender tags added in 1.30: the US Social Security Administration and China's financial regulators by function. */
export const senderAuthoritiesV31: readonly string[] = [
  "social security administration",
  "金融监管部门",
  "社保中心",
];

/** Negations added in 1.30: a consequence denied for a cause (不会因为…就被抓), read to the clause's end (negation.ts). */
export const negationWordsV31: readonly string[] = ["不会因为"];
