/**
 * Whether a message demands that its reader pay by a time ("Pay by the 28th", "unless payment is made",
 * 请于今日18:00前结清, 今晚12点前处理): then it is a collection message whatever its header calls it. A genre
 * header ("Know your rights", 【普法小课堂】, 【投诉回复】) makes a text about collection a report of what it
 * names; a collector who puts one over a threat and a deadline is still collecting (r71, 1.31).
 */
const EN_DEMAND =
  /\b(?:pay(?:ment)?|settle|remit)\b[^.!?\n]{0,40}\b(?:by|before|within|today|tonight|tomorrow)\b|\bunless (?:payment is (?:made|received)|(?:you|u) pay|settled)\b/i;
const ZH_DEMAND =
  /(?:今日|今天|今晚|明日|明天|\d{1,2}[点:：]\d{0,2}|[\d一二两三四五六七八九十]+\s*(?:小时|天|日)|月底|周[一二三四五六日])[^。！？\n]{0,6}(?:前|内)[^。！？\n]{0,6}(?:还款|结清|还清|处理|转入)|(?:请|务必)(?:于|在)?(?:今日|今天|今晚)(?:内)?(?:还款|结清|处理)/u;

export function demandsPayment(text: string): boolean {
  return EN_DEMAND.test(text) || ZH_DEMAND.test(text);
}
