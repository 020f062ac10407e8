import { combine } from "./combine.js";

/**
 * Lawful language added in 1.6: a court that has accepted a creditor's filing (申请强制执行…法院已立案,
 * which 已立案 alone claims is a criminal case) and the press exposing firms (央视3·15晚会曝光部分机构).
 */
export const allowPhrasesV7: readonly string[] = [
  "法院已立案",
  "法院已经立案",
  "该院已立案",
  "法院已受理",
  "法院已经受理",
  ...combine(["央视", "媒体", "晚会", "记者", "新闻", "报道"], ["曝光"]),
  ...combine(["曝光"], ["部分", "一批", "多家", "多起", "典型", "了一批", "了多家"]),
];

/**
 * Words that frame what follows as an example or a topic, added in 1.6: the forbidden lines of a
 * training note (严禁使用, 错误话术, "don't say"), the subjects of a complaint report (涉及, "concerned",
 * "findings"), a myth being busted, a regulator's description ("falsely telling consumers"), and a
 * certificate naming a settled debt (兹证明).
 */
export const reportedWordsV7: readonly string[] = [
  "严禁使用",
  "禁止使用",
  "不得使用",
  "错误话术",
  "错误示范",
  "涉及",
  "兹证明",
  "myth",
  "falsely",
  "threatening to",
  "concerned",
  "findings",
  "false statements",
  "statements about",
  "prohibited statements",
  "never say",
  "do not say",
  "don't say",
];

/** Words of a sender teaching, auditing or certifying rather than threatening, added in 1.6. */
export const redressWordsV7: readonly string[] = [
  "质检",
  "合规",
  "正确话术",
  "标准话术",
  "培训",
  "特此证明",
  "fact",
  "fined",
  "regulators",
  "regulator",
  "enforcement action against",
  "coaching",
  "dismissal",
  "upheld",
  "breach",
  "disciplinary",
  "training",
];

/** Sender names no collector may open with, added in 1.6 ("IRS ENFORCEMENT:", "Police Dept here."). */
export const senderAuthoritiesV7: readonly string[] = [
  "irs",
  "police dept",
  "sheriff",
  "state prosecutor",
  "prosecutor",
];
