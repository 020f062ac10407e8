/**
 * Legitimate language added in 1.25: a field visit announced to discuss the account ("A field agent may
 * visit your home to discuss your account"), which names a lawful visit, not a menacing one; whatever else
 * the message says is still read.
 */
export const allowPhrasesV26: readonly string[] = [
  "visit your home to discuss",
  "visit your home to talk about",
];

/**
 * Genre words added in 1.25: a training refresher ("FDCPA refresher: DO NOT say …") and a legal lesson
 * for the public (普法小课堂：…, 【普法】).
 */
export const genreWordsV26: readonly string[] = ["refresher", "普法", "法律小课堂", "法律科普"];
