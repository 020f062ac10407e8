/**
 * Negations added in 1.18: what is not happening to the reader ("You are not being accused of fraud",
 * "isn't being reported") and what a missed payment does not touch ("does not affect your immigration
 * status").
 */
export const negationWordsV19: readonly string[] = [
  "not being",
  "aren't being",
  "isn't being",
  "does not affect",
  "doesn't affect",
  "will not affect",
  "won't affect",
  "would not affect",
  "wouldn't affect",
  "has no effect on",
  "no effect on",
  // The reader's own status stands between: "does not affect your immigration status".
  "does not affect your",
  "doesn't affect your",
  "will not affect your",
  "won't affect your",
  "would not affect your",
  "wouldn't affect your",
  "has no effect on your",
];

/**
 * Redress added in 1.18: reassurance that answers the reader's fear ("You mentioned you were worried
 * about going to jail. Please be assured that failing to repay a loan is not a crime").
 */
export const redressWordsV19: readonly string[] = [
  "please be assured",
  "rest assured",
  "is not a crime",
  "isn't a crime",
  "not a criminal matter",
];

/** Reporting added in 1.18: the reader's own fear, told back to them ("you were worried about…"). */
export const reportedWordsV19: readonly string[] = [
  "you were worried",
  "you are worried",
  "you're worried",
  "worried about going to",
];

/**
 * Statements of what collectors may not do, added in 1.18 ("Your rights when dealing with collectors:
 * they can't threaten violence…", "Know your rights"), and words quoted as examples ("words like
 * \"arrest\"").
 */
export const normWordsV19: readonly string[] = [
  "know your rights",
  "your rights when",
  "your rights under",
  "your rights as a",
  "collectors can't",
  "collectors cannot",
  "a collector can't",
  "a collector cannot",
  "words like",
  "phrases like",
  "wording like",
];

/** Genres added in 1.18, named in a leading header: a newsletter. */
export const genreWordsV19: readonly string[] = ["newsletter"];

/** Sender names no collector may open with, added in 1.18: the police and the tax authority. */
export const senderAuthoritiesV19: readonly string[] = [
  "police",
  "constabulary",
  "court clerk",
  "clerk of court",
  "clerk of the court",
  "税务总局",
  "税务局",
  "国家税务",
  "hmrc",
  "tax office",
  "arbitration board",
];
