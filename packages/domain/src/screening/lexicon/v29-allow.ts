/**
 * Legitimate language added in 1.28: the lowest instalment a borrower can manage (最低能接受, where 低能 is no
 * insult); a consumer council's advice to report harassment to the police; a lawful suit said to be no
 * bluff (起诉不是吓唬您).
 */
export const allowPhrasesV29: readonly string[] = [
  "最低能接受",
  "最低能承受",
  "最低能还",
  "最低能付",
  "最低能够",
  "可向治安警察局报案",
  "可向警察局报案",
  "可以向警察局报案",
  "起诉不是吓唬",
  "诉讼不是吓唬",
];

/** Genres added in 1.28: a guide for debtors (债务人指南：…) explains tactics rather than uses them. */
export const genreWordsV29: readonly string[] = ["指南"];

/** Sender tags added in 1.28: a benefits agency, South Africa's police and Hong Kong's immigration and justice departments. */
export const senderAuthoritiesV29: readonly string[] = ["dwp", "saps", "入境事务处", "律政司"];
