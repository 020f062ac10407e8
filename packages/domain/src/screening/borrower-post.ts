/**
 * A post the borrower wrote about their own debt, as a screen sees it when the post is handed in as
 * evidence or quoted back ("Facebook post (borrower): F***ing collectors called me at 8am…", 朋友圈：今天有个催收
 * 打到我妈那儿去了…去TM的, [家族群] 跟大家说一下，我之前那笔贷款已经全部结清了). The swearing and the group
 * it was posted to are the borrower's, not a collector's exposure of them (1.30).
 * The English header names the borrower; a Chinese one names a platform or group and the post speaks of "my"
 * loan or of calls to "me" in its first sentence, since a collector's post there names the borrower instead.
 */
const EN_BORROWER_HEADER =
  /^[^\n.!?]{0,60}(?:\((?:borrower|debtor|the borrower)\)|\bfrom the (?:borrower|debtor)\b|\bborrower's (?:own )?post\b)/i;
const ZH_PLATFORM_HEADER =
  /^\s*[[【［(（]?\s*(?:朋友圈|微博|抖音|小红书|[^\]】］)）\n]{0,6}群)\s*[\]】］)）:：]/u;
const ZH_OWN_DEBT =
  /我(?:之前|最近|现在|的)?(?:在还|还了|欠的|借的)?(?:那笔|几笔|这笔|一笔)?(?:网贷|贷款|借款|欠款|信用卡)|(?:打到|打给|打了|骚扰)我/u;
const ZH_FIRST_SENTENCE = /^[^。！？!?\n]*/u;

/** Whether `text` is the borrower's own post about their debt (see above). */
export function postsAsBorrower(text: string): boolean {
  if (EN_BORROWER_HEADER.test(text)) return true;
  const header = ZH_PLATFORM_HEADER.exec(text);
  if (header === null) return false;
  const opening = ZH_FIRST_SENTENCE.exec(text.slice(header[0].length))![0];
  return ZH_OWN_DEBT.test(opening);
}
