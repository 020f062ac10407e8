import { combine } from "./combine.js";
import { KIN } from "./zh-people.js";

/**
 * Legitimate language added in 1.19:
 * - a relative the reader mentioned, or wished well (您提到您爱人最近生病住院, 希望您爱人早日康复): the
 *   relative is named in sympathy, as 得知您家人 in 1.17;
 * - a payment received, whoever sent it (您家人代您转来的还款已收到): a receipt, not a disclosure.
 */
export const allowPhrasesV20: readonly string[] = [
  ...combine(["提到您", "提到你", "提及您", "提及你"], KIN),
  ...combine(["希望您", "祝您", "愿您"], combine(KIN, ["早日康复", "早日痊愈", "身体健康", "平安"])),
  "还款已收到",
  "款项已收到",
  "还款已到账",
  "款项已到账",
  "代您转来",
  "代您还款",
  "代您偿还",
  "代您支付",
  "代为还款",
];

/** Genres added in 1.19, named in a leading header: a blog post, a broadcast script (电视节目文稿). */
export const genreWordsV20: readonly string[] = ["blog", "blog post", "文稿", "节目", "访谈", "专栏"];

/**
 * Sender names no collector may open with, added in 1.19: Taiwan's credit bureau (【聯徵中心】) and
 * Hong Kong's Official Receiver (破產管理署).
 */
export const senderAuthoritiesV20: readonly string[] = [
  "联征中心",
  "联合征信中心",
  "金融联合征信",
  "破产管理署",
  "破产管理处",
];
