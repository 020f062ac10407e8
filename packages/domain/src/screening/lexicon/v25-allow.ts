/**
 * Legitimate language added in 1.24: the officers a court instructs to enforce an English judgment
 * ("High Court Enforcement Officers", after a County Court Judgment), which name a lawful step rather
 * than a court the sender pretends to be.
 */
export const allowPhrasesV25: readonly string[] = [
  "high court enforcement officer",
  "high court enforcement officers",
  "court enforcement officers",
];

/** Genre words added in 1.24: the parts of a training role-play ("Trainer: …", "Trainee: …"). */
export const genreWordsV25: readonly string[] = ["trainer", "trainee", "role-play", "roleplay"];

/**
 * Sender names no collector may open with, added in 1.24: Hong Kong's police force and its commercial
 * crime bureau (香港警務處商業罪案調查科通知：…). English-speaking regulators were sender names in 1.24.0
 * and are not since 1.25.0: a lender's reply opens "Company response to CFPB complaint:"; a regulator's
 * name as a notice's title or a caller's introduction is read by v25 terms and rules instead.
 */
export const senderAuthoritiesV25: readonly string[] = ["警务处", "罪案调查科"];
