/**
 * Legitimate language added in 1.31: "for your reference" (no reference person); a servicemember reached by
 * rank (may I speak with Sgt.); a relative told they are not responsible for the dead parent's debt.
 */
export const allowPhrasesV32: readonly string[] = [
  "for your reference",
  "speak with sgt",
  "is this sgt",
  "responsible for his debt",
  "responsible for her debt",
];

/** Negations added in 1.31: a lender that has no power to act (没有权力限制您出境, 冇權叫警察拉人). */
export const negationWordsV32: readonly string[] = ["没有权力", "无权", "冇权"];

/**
 * Genres added in 1.31: court cases and press reports (【法院案例】, 【财经观察】, "Lender sued for …", "Jury
 * awards …"), consumer groups' reports. A genre header reports what it names only where the message demands
 * no payment by a time (payment-demand.ts), which r71's collectors in these genres all did.
 */
export const genreWordsV32: readonly string[] = ["案例", "观察", "sued for", "jury awards", "consumer group"];

/**
 * Redress added in 1.31: a text that says a tactic may violate the law condemns the lines it quotes; an alert
 * that tells where to report fraud answers the fraudsters it quotes.
 */
export const redressWordsV32: readonly string[] = [
  "violate the fdcpa",
  "violates the fdcpa",
  "report fraud at",
];
