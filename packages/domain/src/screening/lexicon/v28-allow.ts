/**
 * Legitimate language added in 1.27: a collector saying a step is the normal legal process, not a threat,
 * in either order (…这是正常的法律程序，不是吓唬您).
 */
export const allowPhrasesV28: readonly string[] = [
  "程序，不是吓唬您",
  "程序，不是吓唬你",
  "流程，不是吓唬您",
  "流程，不是吓唬你",
];

/** Norms added in 1.27: what a licensed lender may not do, in code-switched text ("moneylender 不可以 harass 借款人"). */
export const normWordsV28: readonly string[] = ["不可以 harass", "不可以骚扰", "不可以恐吓", "不可以威胁"];

/** Negations added in 1.27: "This is not a threat of criminal action." */
export const negationWordsV28: readonly string[] = ["not a threat of"];
