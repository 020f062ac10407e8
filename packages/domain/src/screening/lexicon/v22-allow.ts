/**
 * Legitimate language added in 1.21:
 * - a company's legal department (公司法务, 法务部的): 司法 is read inside 公司法务 ("我是公司法务部的陈律师"),
 *   which names the lender's own in-house counsel, not a judicial office;
 * - a relative or third party saying the debt is not theirs ("I'm not responsible for his debt"),
 *   which names whose debt it is without telling anyone of it.
 */
export const allowPhrasesV22: readonly string[] = [
  "公司法务",
  "not responsible for his debt",
  "not responsible for her debt",
  "not responsible for their debt",
  "not liable for his debt",
  "not liable for her debt",
  "not liable for their debt",
];
