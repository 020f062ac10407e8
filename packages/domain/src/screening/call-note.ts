/**
 * A call note: the log an agent or the lender keeps of one call ("Call note: Agent told the customer…",
 * 【电话小结】坐席称…, "[Call log | Agent 5520 | off-script] Agent: …" since 1.28), under a leading header
 * that names it, after an optional channel tag. What it records the agent saying is the call itself, not a
 * report of someone else's words: a note that the agent called the customer “低能儿”, or told them "people
 * who don't pay end up getting hurt", is the abuse logged, even when it adds "Flagged by QA" or 属违规话术.
 * A reviewer's findings about other people's calls ("QA review", 质检记录) keep their own header and stay
 * reports.
 */
const CALL_NOTE_HEADER =
  /^\s*(?:[[【［][^\]】］\n]{0,16}[\]】］]\s*)?(?:(?:call|phone|collector|agent)\s+(?:note|notes|log|summary)\s*[:：-]|[[［]\s*(?:call|phone)\s+(?:note|notes|log|summary)\b|[[【［]\s*(?:电话小结|電話小結|通话小结|通話小結|催收小结|催收小結|通话记录|通話記錄|催记|催記))/i;

/** Whether `text` opens as a call note (see above). */
export function isCallNote(text: string): boolean {
  return CALL_NOTE_HEADER.test(text.slice(0, 80));
}

// The customer named as the speaker of what follows, in the same sentence ("Customer said \"…\"",
// "Customer says a previous agency called her a…", 客户情绪激动称“…”, 客户询问“…”): those words are the
// customer's, or the customer's report of someone else's, not the agent's, and stay reported. So are
// the reader's own words given back to them ("You mentioned you feel \"stupid\"", 您说自己“就是个废物”).
const CUSTOMER_SPEAKS =
  /(?:\b(?:customer|debtor|borrower|consumer|client|caller|third\s+party)\b[^.!?。！？\n]{0,24}\b(?:said|says|stated|states|asked|asks|replied|shouted|yelled|cried|screamed|mentioned|wrote|reports|reported|claims|claimed|complained|explained|advised)\b|\byou\s+(?:said|mentioned|told\s+(?:me|us)|feel|felt|called\s+yourself|described\s+yourself)\b|(?:您|你)(?:说自己|觉得自己|称自己|形容自己|骂自己)|(?<![对對向给給跟和与與])(?:客户|客戶|借款人|对方|對方|第三方|联系人|聯繫人)[^“”「」。！？\n]{0,10}(?:称|稱|说|說|表示|询问|詢問|问|問|回复|回覆|喊|反映|投诉|投訴))[^.!?。！？\n]*$/i;
// How far before a finding the customer's attribution is looked for: a constant, so a long note with
// many findings stays linear.
const CUSTOMER_REACH = 160;

/** Whether the finding at original index `at` stands in words the note gives to the customer. */
export function customerSpeaks(text: string, at: number): boolean {
  return CUSTOMER_SPEAKS.test(text.slice(Math.max(0, at - CUSTOMER_REACH), at));
}

/**
 * A borrower's note that hands over the collector's message verbatim ("This is what they sent me: \"…\"",
 * "They texted me this:", 他们发给我的：“…”, 催收发我的原话：“…”): the quotation is the collector's
 * message, and the note's own words around it (我已经报警了, "Is this illegal?", 请求调查处理) answer
 * nothing the collector said. Only a cue in the first person counts: a lender's reply quoting a
 * complaint (您反映…短信原文：“…”) reports it.
 */
const TRANSCRIBED_BY_ME =
  /(?:\b(?:this\s+is|here\s+is|here's|that's|this\s+was)\s+what\s+(?:they|he|she|it|the\s+\w+)\s+(?:sent|texted|wrote|emailed|messaged|whatsapped|posted)(?:\s+(?:to\s+)?(?:me|us|my\s+\w+))?|\b(?:sent|texted|emailed|messaged|wrote|whatsapped)\s+(?:to\s+)?(?:me|us)\s+(?:this|the\s+following|these)(?:\s+\w+){0,5}|\b(?:i|we)\s+(?:got|received|keep\s+getting)\s+(?:this|these|the\s+following)(?:\s+\w+){0,5}|\b(?:their|the\s+collector's|the\s+agent's)\s+(?:text|message|sms|email|e-mail|letter|voicemail|whatsapp)\s+(?:to\s+me\s+)?(?:said|says|read|reads)|(?:发给我|发我|给我发|我收到)(?:的|了)?(?:短信|信息|消息|微信|原话|原文|内容)?(?:是|如下)?)\s*[:：,，—-]?\s*$/i;
const TRANSCRIBED_REACH = 60;

/** Whether the quotation opening at original index `open` (its first character) follows such a cue. */
export function transcribedByReader(text: string, open: number): boolean {
  const mark = open - 1;
  return TRANSCRIBED_BY_ME.test(text.slice(Math.max(0, mark - TRANSCRIBED_REACH), mark));
}
