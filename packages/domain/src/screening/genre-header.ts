/**
 * Where a message's leading header ends: a bracket tag (【合规指引】, [QA]), memo lines ("To: …",
 * "From: …", "Re: …"), a news dateline (本报讯（记者 李明）), the words before a first colon ("Compliance reminder:", "质检报告："), or a
 * short first line standing alone ("QA Weekly Report, Team Blue, week 32"). Returns the original
 * index just after it, or 0 when the message opens straight into its text. A title set off by a
 * spaced dash ("FAQ — …") is a header too. A header says what kind
 * of text follows, which `LexiconData.genres` reads.
 */
const BRACKET_TAG = /^\s*[【[［〔]([^【】[\]［］〔〕\n]{1,40})[】\]］〕]/u;
const MEMO_LINES = /^(?:\s*(?:to|from|re|subject|cc|date)\s*:[^\n]*(?:\n|$))+/iu;
const BEFORE_COLON = /^[^:：。.!?！？\n]{1,40}[:：]/u;
const FIRST_LINE = /^[^。.!?！？\n]{1,60}\n/u;
// A title set off by a spaced dash ("FAQ — Can a collector…", "Training module 4 – Prohibited language").
const DASH_TITLE = /^[^:：。.!?！？\n—–]{1,40}\s[—–]\s/u;
// A news dateline or byline: 本报讯（记者 李明）, 新华社北京6月10日电（记者 张三）, or a byline alone; a
// place-and-date line ending in 讯 or 电 counts only with its byline after it.
const DATELINE =
  /^\s*(?:(?:本报讯|[\p{Script=Han}\d]{1,16}?[讯电](?=\s*[（(]))\s*(?:[（(][^（）()\n]{1,30}[）)])?|[（(](?:本报)?记者[^（）()\n]{1,30}[）)])/u;

export function leadingHeaderEnd(text: string): number {
  const header =
    BRACKET_TAG.exec(text) ??
    MEMO_LINES.exec(text) ??
    DATELINE.exec(text) ??
    BEFORE_COLON.exec(text) ??
    DASH_TITLE.exec(text) ??
    FIRST_LINE.exec(text);
  return header === null ? 0 : header[0].length;
}
