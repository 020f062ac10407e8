import { combine } from "./combine.js";

export const EN_COLLECTORS = [
  "collectors",
  "collector",
  "debt collectors",
  "a debt collector",
  "a collector",
  "collection agencies",
  "agents",
];
const EN_MAY_NOT = [
  "may not",
  "cannot",
  "can't",
  "can not",
  "must not",
  "must never",
  "should never",
  "are not allowed to",
  "aren't allowed to",
  "are not permitted to",
  "are prohibited from",
  "may only",
  "can only",
  "generally cannot",
  "have to follow",
  "must follow",
];
const ZH_COLLECTORS = [
  "催收人员",
  "催收员",
  "催收方",
  "催收机构",
  "催收公司",
  "任何机构",
  "任何个人",
  "第三方催收",
];
const ZH_MAY_NOT = ["不得", "无权", "不允许", "禁止", "严禁", "没有权力", "无权利"];

/**
 * Statements of what collectors as a class may or may not do, added in 1.7, each covering its whole
 * sentence and what follows: a rights explainer
 * ("Debt collectors may not threaten you…", 催收人员无权拘留您), a policy or script ("may contact your
 * references only to find out…"), the law cited as such ("under federal law", 根据法律规定), and advice about
 * what someone else might say ("if a collector says…", 如果催收人员…). A collector threatening writes
 * "we", not "collectors may not".
 */
export const normWordsV8: readonly string[] = [
  ...combine(EN_COLLECTORS, EN_MAY_NOT, " "),
  "if a collector",
  "if a debt collector",
  "if the collector",
  "if any collector",
  "if a caller",
  "when a debt collector",
  "under federal law",
  "under the fdcpa",
  "under the law",
  "the fdcpa",
  "regulation f",
  "it is illegal for",
  "it's illegal for",
  "know your rights",
  "only to find out",
  "only to locate",
  "only to confirm",
  "location information",
  ...combine(ZH_COLLECTORS, ZH_MAY_NOT),
  ...combine(["如果", "若", "如", "遇到", "一旦"], ["催收人员", "催收员", "催收方", "有催收"]),
  "根据法律规定",
  "法律规定",
  "依照法律",
];

/**
 * Kinds of text about collection rather than collection itself, read in the leading header, added
 * in 1.7: compliance and training material, QA reports, legal and rights explainers, regulators' and
 * the press's news, public-interest tips and complaint replies.
 */
export const genreWordsV8: readonly string[] = [
  "compliance",
  "training",
  "qa",
  "quality assurance",
  "coaching",
  "tip",
  "tips",
  "know your rights",
  "your rights",
  "faq",
  "myth",
  "fact check",
  "breaking",
  "news",
  "regulator",
  "regulators",
  "complaint response",
  "complaint reply",
  "script",
  "policy",
  "legal aid",
  "合规",
  "质检",
  "培训",
  "讲义",
  "法律常识",
  "常识",
  "科普",
  "公益",
  "维权",
  "权益",
  "监管",
  "新闻",
  "动态",
  "投诉回访",
  "客服回复",
  "话术",
  "规范",
  "指引",
  "反诈",
  "防骗",
  "法律援助",
];

/** Reporting words added in 1.7: conduct toward consumers as a class, as regulators and news describe it. */
export const reportedWordsV8: readonly string[] = [
  "consumers",
  "the consumer",
  "a consumer",
  "borrowers",
  "for threatening",
  "told the consumer",
  "told consumers",
  "催收人员威胁",
  "催收人员称",
  "催收员称",
];

/** Redress words added in 1.7: a regulator's order, an explainer's advice. */
export const redressWordsV8: readonly string[] = [
  "consent order",
  "civil penalties",
  "civil penalty",
  "illegal",
  "against the law",
  "report it",
  "save the messages",
  "监管部门",
  "违法行为",
];

/**
 * Negations added in 1.7: what a debt is not (不构成犯罪, 不属于刑事), and a lawful step denied as such
 * ("no wage garnishment will happen without a court order"), whose scope is its clause (negation.ts).
 */
export const negationWordsV8: readonly string[] = [
  "不构成",
  "不属于",
  "并不构成",
  "no wage garnishment",
  "no garnishment",
  "no seizure",
  "no levy",
  "no repossession",
];

/**
 * Template slots added in 1.7: a script's "my name is [agent first name]" names a role to fill in,
 * which normalisation (dropping the brackets) had read as "my name is agent".
 */
export const allowPhrasesV8: readonly string[] = combine(
  ["my name is", "i am", "i'm", "this is"],
  ["agent first name", "agent name", "agent full name", "agent last name", "agent's name", "agent id"],
  " ",
);
