/**
 * Where a message names its sender: a leading signature tag (【XX市中级人民法院】, [County Court]),
 * the SMS convention for who is writing; an English header before a colon ("NOTICE FROM THE
 * DISTRICT COURT: …"); an opening that says who it is from ("This message is from the Superior
 * Court of …"); or a caller announcing itself ("Police Dept here."). Returns the original index just
 * after it, or 0 when the message has none. Chinese colon headers are left out unless an institution
 * issues a notice in them ("银保监会通知："): "关于法院诉讼的说明：" is a lender writing about a court, and so is an English header that names a topic ("District
 * Court filing update:"). Full-width Latin letters (ＩＲＳ) count as letters.
 */
const BRACKET_TAG = /^\s*[【[［〔]([^【】[\]［］〔〕\n]{1,40})[】\]］〕]/u;
const LETTER = "A-Za-z\\uff21-\\uff3a\\uff41-\\uff5a";
const WORD_CHARS = `\\-${LETTER}0-9\\uff10-\\uff19 '’&\\u200b-\\u200d\\u2060\\ufeff`;
const ENGLISH_HEADER = new RegExp(`^\\s*[${LETTER}][${WORD_CHARS}]{0,58}[:：]`, "u");
const FROM_OPENING = new RegExp(
  `^\\s*this (?:message|notice|letter|e-?mail|text|call|voicemail) is from [${WORD_CHARS}]{1,60}?(?=\\s+(?:about|regarding|concerning|re|on|in|with|for|to)\\b|[,.;:：\\n]|$)`,
  "iu",
);
const CALLER_HERE = new RegExp(`^\\s*[${LETTER}][${WORD_CHARS}.]{0,40}? here(?=[.,!:：])`, "iu");
// Last words of a header that make it a subject line about something rather than a signature.
const TOPIC =
  /\b(?:update|updates|alerts?|warnings?|advice|scams?|awareness|filing|filings|hearing|hearings|reminder|reminders|information|info|faq|faqs|guide|explained|process|procedure|procedures|summary|status|schedule|dates?|rights|tips|questions?|news|advisory|advisories|appeal|appeals|bulletin|bulletins)\s*[:：]$/iu;

// A Chinese notice headed by the institution that issues it ("银保监会通知：", "XX市公安局公告："): the
// words before 通知 must end in an institution's suffix, so "法院诉讼通知：" names a topic, not a sender.
const ZH_INSTITUTION_NOTICE =
  /^\s*[\p{Script=Han}A-Za-z0-9·（）()]{1,30}?(?:会|局|院|署|中心|委|厅|部|所|处|队|办|庭)(?:通知|公告|通告|告知书|通知书|函)\s*[:：]/u;

export function senderTagEnd(text: string): number {
  // A channel tag that opens a logged message ("[SMS] Metropolitan Police: …", 【短信】【国家税务总局】…)
  // names how it was sent, not who sent it: the sender's tag or header follows it.
  const channel = CHANNEL_TAG.exec(text);
  if (channel !== null) {
    const after = channel[0].length;
    const rest = senderTagAt(text.slice(after));
    return rest === 0 ? after : after + rest;
  }
  return senderTagAt(text);
}

// How a logged message was sent, as a leading tag: [SMS], [Email], [Letter], 【短信】, 【邮件】.
const CHANNEL_TAG =
  /^\s*[【[［〔]\s*(?:sms|text|e-?mail|letter|whatsapp|wechat|push|push notification|in-app|app|voicemail|短信|簡訊|简讯|邮件|郵件|微信|信函|推送|站内信|站內信|语音|語音)\s*[】\]］〕]\s*/iu;

function senderTagAt(text: string): number {
  const tag =
    BRACKET_TAG.exec(text) ??
    FROM_OPENING.exec(text) ??
    CALLER_HERE.exec(text) ??
    (text.includes("：") || text.includes(":") ? ZH_INSTITUTION_NOTICE.exec(text) : null);
  if (tag !== null) return tag[0].length;
  const header = ENGLISH_HEADER.exec(text);
  return header === null || TOPIC.test(header[0]) ? 0 : header[0].length;
}

// An arbitration commission's tag over the service of a case (【XX仲裁委员会】…一案已受理，仲裁文书已通过电子邮件
// 送达…答辩期): online lenders relay such notices from the commission that hears their cases (1.25); and a
// court's pre-suit mediation (【XX区人民法院诉前调解】…已由本院委派调解组织进行诉前调解, 1.26).
const ARBITRATION_TAG = /仲裁|诉前调解/u;
const SERVES_CASE = /送达|已受理|答辩期|答辩意见|举证期|委派调解|调解组织/u;

/**
 * Whether a message whose sender tag ends at `senderEnd` is an arbitration commission, or a court's
 * pre-suit mediation, serving a case: genuine or not, a person should check it, so its tag is read for
 * review rather than blocked.
 */
export function servesArbitration(text: string, senderEnd: number): boolean {
  return ARBITRATION_TAG.test(text.slice(0, senderEnd)) && SERVES_CASE.test(text);
}
