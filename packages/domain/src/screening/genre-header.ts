/**
 * Where a message's leading header ends: a bracket tag (【合规指引】, [QA]), memo lines ("To: …",
 * "From: …", "Re: …"), the words before a first colon ("Compliance reminder:", "质检报告："), or a
 * short first line standing alone ("QA Weekly Report, Team Blue, week 32"). Returns the original
 * index just after it, or 0 when the message opens straight into its text. A header says what kind
 * of text follows, which `LexiconData.genres` reads.
 */
const BRACKET_TAG = /^\s*[【[［〔]([^【】[\]［］〔〕\n]{1,40})[】\]］〕]/u;
const MEMO_LINES = /^(?:\s*(?:to|from|re|subject|cc|date)\s*:[^\n]*(?:\n|$))+/iu;
const BEFORE_COLON = /^[^:：。.!?！？\n]{1,40}[:：]/u;
const FIRST_LINE = /^[^。.!?！？\n]{1,60}\n/u;

export function leadingHeaderEnd(text: string): number {
  const header =
    BRACKET_TAG.exec(text) ?? MEMO_LINES.exec(text) ?? BEFORE_COLON.exec(text) ?? FIRST_LINE.exec(text);
  return header === null ? 0 : header[0].length;
}
