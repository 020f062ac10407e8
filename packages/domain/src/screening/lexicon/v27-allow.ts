/**
 * Legitimate language added in 1.26: the branch where the account is held ("visit your home branch with ID
 * proof"); an attorney general's consumer protection division answering a complaint; and a collector saying
 * a step is the normal process, not a threat (这不是吓唬您，是正常流程).
 */
export const allowPhrasesV27: readonly string[] = [
  "your home branch",
  "office of the attorney general – consumer protection",
  "office of the attorney general - consumer protection",
  "attorney general's consumer protection",
  "不是吓唬您，是正常流程",
  "不是吓唬你，是正常流程",
  "不是吓唬您，这是正常",
  "不是吓唬你，这是正常",
];

/** Redress added in 1.26: a complaint received or passed on ("We have received your complaint regarding …"). */
export const redressWordsV27: readonly string[] = ["received your complaint", "forwarded your complaint"];

/** Genre words added in 1.26: an examiner's or auditor's finding ("Exam finding 3: On 14 of 60 sampled calls, …"). */
export const genreWordsV27: readonly string[] = ["exam finding", "examination finding", "audit finding"];

/** Negations added in 1.26: "Nothing about your account has been or will be shared with your family." */
export const negationWordsV27: readonly string[] = ["nothing about"];
