/**
 * Where a message names its sender: a leading signature tag (【XX市中级人民法院】, [County Court]),
 * the SMS convention for who is writing, or an English header before a colon ("NOTICE FROM THE
 * DISTRICT COURT: …"). Returns the original index just after it, or 0 when the message has none.
 * Chinese colon headers are left out: "关于法院诉讼的说明：" is a lender writing about a court.
 */
const BRACKET_TAG = /^\s*[【[［〔]([^【】[\]［］〔〕\n]{1,40})[】\]］〕]/u;
const ENGLISH_HEADER = /^\s*[A-Za-z][A-Za-z0-9 '’&\u200b-\u200d\u2060\ufeff-]{0,58}:/u;

export function senderTagEnd(text: string): number {
  const tag = BRACKET_TAG.exec(text) ?? ENGLISH_HEADER.exec(text);
  return tag === null ? 0 : tag[0].length;
}
