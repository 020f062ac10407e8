import { combine } from "./combine.js";
import { EN_SIGHTINGS, EN_YOUR_FAMILY, ZH_REGULATORS, ZH_SIGHTED_FAMILY, ZH_SIGHTINGS } from "./v13-terms.js";

/**
 * Legitimate language added in 1.12: a court's ruling stated as one (法院已裁定冻结…), a law firm a
 * lender instructs (XX律师事务所受XX银行委托, 委托XX律师事务所处理), arbitration a lender applies for
 * (向XX仲裁委员会申请仲裁), a company's own mediator (XX公司的调解员), what a relative wrote or owns
 * rather than the relative seen ("we spotted your daughter's name", 看到您女儿的留言), a greeting to the
 * whole family (祝您全家新年快乐), the borrower's
 * grandchild (您孙子考上大学了 is no insult), what a High Court Enforcement Officer may do under a writ
 * of control (what one "will" do stays a claim), the borrower asked to update their address online,
 * a lender regulated or licensed by a regulator (受国家金融监督管理总局监管, 经银保监会批准), and a lender's own
 * officers named by their job (grievance, nodal, compliance, privacy officer).
 */
export const allowPhrasesV13: readonly string[] = [
  ...combine(
    [
      "法院已裁定",
      "法院裁定",
      "法院已依法裁定",
      "经法院裁定",
      "执行法院已裁定",
      "人民法院已裁定",
      "法院已作出裁定",
    ],
    ["冻结", "查封", "扣划", "扣押", "扣留", "提取"],
  ),
  "律师事务所受",
  "律师事务所接受",
  "律师事务所依法",
  "律师事务所处理",
  "律师事务所代为",
  ...combine(["仲裁委员会", "仲裁委"], ["申请仲裁", "提起仲裁", "提请仲裁"]),
  "公司的调解员",
  ...combine(combine(EN_SIGHTINGS, EN_YOUR_FAMILY, " "), ["'s"]),
  ...combine(combine(ZH_SIGHTINGS, ZH_SIGHTED_FAMILY), ["的"]),
  "祝你全家",
  "愿你全家",
  "你孙子",
  "你的孙子",
  "你家孙子",
  "他孙子",
  "她孙子",
  "他的孙子",
  "她的孙子",
  "孙子孙女",
  ...combine(
    ["a high court enforcement officer", "high court enforcement officers"],
    ["may", "can apply"],
    " ",
  ),
  "writ of control",
  ...combine(ZH_REGULATORS, ["监管", "批准", "核准", "备案", "颁发", "规定", "要求", "发布", "相关规定"]),
  ...combine(
    ["update", "change", "confirm", "check", "manage", "edit", "verify", "view"],
    ["your address online", "your phone number online", "your number online", "your details online"],
    " ",
  ),
  "take control of goods",
  ...combine(
    [
      "grievance",
      "grievance redressal",
      "nodal",
      "compliance",
      "privacy",
      "data protection",
      "complaints",
      "complaint",
      "customer service",
      "customer care",
      "customer relations",
      "relationship",
      "hardship",
      "credit",
      "accounts",
      "welfare",
      "support",
    ],
    ["officer", "officers"],
    " ",
  ),
];

/**
 * Genre words added in 1.12: a header that names a scam or fraud warning ("IRS scam warning:", "Fraud
 * alert:", 防骗提醒：) introduces a warning that names what the scammers say.
 */
export const genreWordsV13: readonly string[] = [
  "scam warning",
  "scam warnings",
  "scam alert",
  "scam alerts",
  "fraud alert",
  "fraud warning",
  "scam awareness",
  "fraud awareness",
  "防骗",
  "防诈",
  "防范诈骗",
];

/**
 * Authorities added in 1.12 that no collector may write as in a leading tag or header: Chinese
 * regulators and the credit bureau (【中国人民银行征信中心】, 银保监会通知：), Taiwanese administrative
 * enforcement (【法務部行政執行署】), English-speaking tax and lending-registry bodies ("HMRC notice:"), and
 * the courts and bailiffs the 1.5 list left out ("Official notice from HM Courts and Tribunals Service:").
 */
export const senderAuthoritiesV13: readonly string[] = [
  // An industry association (互联网金融协会, 银行业协会) heads its own guidance to members (倡议书), and has
  // no power a collector could borrow by its name alone (1.27).
  ...ZH_REGULATORS.filter((body) => body !== "纪委" && body !== "税务局" && !body.endsWith("协会")),
  "hmrc",
  "hm revenue",
  "revenue and customs",
  "ato",
  "australian taxation office",
  "taxation office",
  "canada revenue agency",
  "revenue agency",
  "registry of moneylenders",
  "registrar of moneylenders",
  "insolvency service",
  "official receiver",
  "hm courts",
  "courts and tribunals",
  "hmcts",
  "high court",
  "small claims court",
  "magistrates court",
  "magistrates' court",
  "consumer court",
  "crown court",
  "bailiffs",
  "bailiff",
  "court clerk",
  "clerk of court",
  "clerk of the court",
  "court clerk's office",
];
