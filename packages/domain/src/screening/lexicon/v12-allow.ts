import { combine } from "./combine.js";
import { EN_COLLECTORS } from "./v8-allow.js";

/**
 * Legitimate language added in 1.11: a court accepting a case (人民法院立案受理), a lender's own lawful
 * steps (依法申请强制执行, a credit limit frozen: 额度已被冻结), a summons the court serves (传票将由法院…送达), the police as the
 * author of a bulletin (警方通报), what an emergency contact's number is only used for (紧急联系人仅用于),
 * advice to answer a summons ("if you are served with a summons"), and notice that comes from the court
 * by post ("official notice by mail from the court").
 */
export const allowPhrasesV12: readonly string[] = [
  "法院立案受理",
  "法院已立案受理",
  "法院依法立案受理",
  "依法申请强制执行",
  "传票将由法院",
  "传票由法院",
  "开庭传票将由法院",
  ...combine(["额度已被暂时", "额度已被", "额度被", "额度已", "额度"], ["冻结"]),
  "警方通报",
  "警情通报",
  "公安机关通报",
  ...combine(
    ["紧急联系人", "紧急联系人信息", "联系人信息", "家人的联系方式", "家人的电话"],
    ["仅用于", "只用于", "仅在无法", "只在无法", "仅会在无法"],
  ),
  "if you are served with a summons",
  "if you're served with a summons",
  "if you receive a summons",
  "if you get a summons",
  "if you have been served",
  "mail from the court",
  "notice from the court",
  "letter from the court",
  "papers from the court",
  "documents from the court",
];

/**
 * Negations added in 1.11: what the sender cannot have done to the borrower ("we cannot have you
 * arrested"); negation.ts also lets "the" and "on" stand between a negation and its object ("we are
 * not the police", "not on any blacklist").
 */
export const negationWordsV12: readonly string[] = combine(
  ["cannot", "can't", "can not", "could not", "couldn't", "will not", "won't", "would never", "will never"],
  ["have you", "get you"],
  " ",
);

/**
 * Statements of what collectors must do ("A collector must identify themselves"), and third-person
 * descriptions of collectors as a class ("collectors who threaten to post borrowers' photos … are
 * breaking the law", "consumer advocates say"): a rights guide or a news report describes conduct.
 */
export const normWordsV12: readonly string[] = [
  ...combine(EN_COLLECTORS, ["must", "are required to", "is required to", "have to", "has to"], " "),
  ...combine(
    [
      "collectors",
      "collector",
      "collection agencies",
      "collection agency",
      "collection agents",
      "agencies",
      "lenders",
      "callers",
    ],
    ["who", "that"],
    " ",
  ),
  "advocates say",
  "advocates said",
  "consumer advocates",
];

/**
 * Genre words added in 1.11: a news dateline or byline in the leading header (本报讯（记者 李明）,
 * 【記者王小美／臺北報導】, 新华社北京6月10日电（记者 …）), which genre-header.ts reads as a header.
 */
export const genreWordsV12: readonly string[] = ["本报讯", "记者", "报道", "报导", "通讯员", "reporter"];
