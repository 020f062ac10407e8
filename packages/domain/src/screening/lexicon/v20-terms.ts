import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.19 (rounds r29, short messages from many senders, and r30, long messages):
 * - **veiled threats**: people sent who are "not coming to talk"; standing outside the shop "until your
 *   customers stop coming"; 还想不想开门/营业, 让你这份工作干不下去, 别让家里出什么事, a pet that "eats the
 *   wrong thing" (吃错东西很正常), how far a "chat" goes that the sender "won't answer for" (聊到什么程度我就不管了);
 * - **insult**: 你那点出息, 猪都比你聪明;
 * - **false legal claims**: an exit ban for a debt (被列入出境限制名单, 在机场被扣留), a bank's blacklist of
 *   "permanent refusal" (永久拒往户).
 */
export const termsV20: readonly TermGroup[] = [
  {
    rule: "en-veiled-threat-v20",
    category: "threat",
    severity: "block",
    terms: [
      "not coming to talk",
      "not coming to chat",
      "not coming to ask",
      "won't be coming to talk",
      "aren't coming to talk",
      "are not coming to talk",
      "customers stop coming",
      "customers stop showing up",
      "customers stop walking in",
      "customers are scared off",
    ],
  },
  {
    rule: "zh-veiled-threat-v20",
    category: "threat",
    severity: "block",
    terms: [
      "还想不想开门",
      "还想不想营业",
      "还想不想做生意",
      "还想不想开店",
      "还想不想干了",
      "工作干不下去",
      "工作干不下",
      "让你干不下去",
      "别让家里出什么事",
      "别让家里出事",
      "别让家人出什么事",
      "别让家人出事",
      "吃错东西很正常",
      "吃错东西也正常",
      "吃错东西也很正常",
      "到什么程度我就不管",
      "到什么程度我可不管",
      "到什么程度我不管",
    ],
  },
  {
    rule: "zh-insult-v20",
    category: "insult",
    severity: "block",
    terms: ["你那点出息", "就你那点出息", "猪都比你聪明", "狗都比你聪明", "猪都比你强", "狗都比你强"],
  },
  {
    rule: "zh-exit-ban-v20",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "列入出境限制名单",
      "列入限制出境名单",
      "列入边控名单",
      "列为永久拒往户",
      "永久拒往户",
      "在机场被扣留",
      "在机场被扣",
      "出境时将被截停",
      "出境时会被截停",
      "出境时被截停",
    ],
  },
];
