/**
 * Legitimate language added in 1.29: a scam warning's 100%是骗子 and a lender's 我们不是骗子; a court's bench
 * warrant for failing to appear, as the court's own consequence; papers from a process server.
 */
export const allowPhrasesV30: readonly string[] = [
  "100%是骗子",
  "百分百是骗子",
  "都是骗子",
  "不是骗子",
  "court may issue a bench warrant",
  "bench warrant for failure to appear",
  "papers from a process server",
];

/**
 * Reporting and redress words added in 1.29: a warning that names what impostors do (如果有人自称警察…) and
 * says it is not the lender's practice.
 */
export const reportedWordsV30: readonly string[] = ["如果有人", "有人自称"];
export const redressWordsV30: readonly string[] = ["不是我们的正规做法", "不是我们的做法", "遇到请立即举报"];
