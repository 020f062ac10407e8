/**
 * Legitimate language added in 1.9: fees discounted (手续费可以打折, not 打折 as breaking a limb), the
 * guarantee a co-signer signed (连带责任保证), the borrower told to call the police himself (请您报警处理),
 * a lender working with the police against abusive collection (配合警方), and a cell phone (not a jail cell).
 */
export const allowPhrasesV10: readonly string[] = [
  "手续费可以打折",
  "手续费打折",
  "利息可以打折",
  "罚息可以打折",
  "违约金可以打折",
  "费用可以打折",
  "连带责任保证",
  "请您报警处理",
  "请报警处理",
  "您可报警处理",
  "可以报警处理",
  "配合警方",
  "协助警方",
  "cell phone",
  "cellphone",
  "cell number",
  "cell phone number",
];

/** Reporting words added in 1.9: someone else's claim to be an authority, and a hypothetical visitor. */
export const reportedWordsV10: readonly string[] = [
  "someone saying",
  "saying they were",
  "said they were",
  "saying he was",
  "saying she was",
  "如遇有人",
  "如遇到有人",
  "若有人",
];

/** Redress words added in 1.9: the sender disowning a message and reporting it. */
export const redressWordsV10: readonly string[] = [
  "that was not us",
  "was not us",
  "wasn't us",
  "reported it to",
  "打击暴力催收",
];

/** Statements of forbidden language in scripts and guides, added in 1.9 ("Never say …", "language we never use"). */
export const normWordsV10: readonly string[] = [
  "never say",
  "do not say or suggest",
  "language we never use",
  "words we never use",
  "phrases we never use",
];

/** Genres added in 1.9: complaint records and work orders, QA review forms, floor guides. */
export const genreWordsV10: readonly string[] = [
  "客诉",
  "工单",
  "投诉处理",
  "处理记录",
  "复核报告",
  "质检记录",
  "complaint intake",
  "complaint note",
  "complaint summary",
  "qa review",
  "qa calibration",
  "floor guide",
  "handbook",
];
