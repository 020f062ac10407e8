/**
 * Legitimate language added in 1.17:
 * - a care letter and the news it answers (关怀通知, 得知您家人病重): the relative is the reader's, named
 *   in sympathy;
 * - the reader's own loan on "our platform" (您在我们平台的借款), which 1.0 read as a debt told to others;
 * - what a judge may do in some states ("a judge may issue a bench warrant for contempt"), as "a court
 *   may" in 1.4.
 */
export const allowPhrasesV18: readonly string[] = [
  "关怀通知",
  "得知您家人",
  "得知您的家人",
  "获悉您家人",
  "获悉您的家人",
  "您在我们平台",
  "你在我们平台",
  "a judge may",
  "a judge can",
];

/**
 * Negations added in 1.17: "nobody's getting arrested", "no one is getting sued", and the risk denied
 * ("you are not at risk of arrest", "there is no risk of jail").
 */
export const negationWordsV18: readonly string[] = [
  "nobody's getting",
  "no one's getting",
  "nobody is getting",
  "no one is getting",
  "nobody's being",
  "no one is being",
  "not at risk of",
  "no risk of",
];

/**
 * Genres added in 1.17, named in a leading header: a public risk warning (关于“防范暴力催收”的风险提示) and
 * an FAQ spelled out ("FREQUENTLY ASKED QUESTIONS", 常见问题).
 */
export const genreWordsV18: readonly string[] = [
  "风险提示",
  "防范",
  "禁用语",
  "常见问题",
  "frequently asked questions",
  "press release",
];
