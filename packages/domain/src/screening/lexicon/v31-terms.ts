import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.30 (held-out rounds r65–r68, after their first passes). r65 wrote to vulnerable borrowers,
 * r66 to third parties, r67 long letters and calls, r68 very short texts:
 * - **obscenity** masked with hyphens (f-cking, sh-t, d-mn);
 * - **threats** to the old and the absent: a fall down the stairs "nobody would find you" after, "unfortunate
 *   accidents" with property, a field team no one can "control", a leg broken again; 一点火星就着, tyres and
 *   glass not guaranteed;
 * - **insults** of age and disability (old fossil, "hard of thinking", a burden on everybody, 瘸子, 脑子也残了),
 *   of character to a reference ("bottom-feeding", "the sort of person decent people avoid");
 * - **false legal claims**: pensions and benefits stopped or taken "with no court action", references and
 *   emergency contacts made liable (紧急联系人需承担代偿义务), a firm "authorized to seize", a sheriff who seizes
 *   tomorrow, identity cards frozen (身份证冻结), dismissal ordered (开除处理), "federal investigation";
 * - **impersonation**: 社保中心 stopping medical insurance, regulators' marks (监管标记), an attorney's desk alias
 *   and a letter that forbids checking with the bar or the firm (请勿联系律所);
 * - **third parties and privacy**: neighbours of the dead told of the estate's debt, an employer told of
 *   "financial irresponsibility", a receptionist told "it's about her past-due car loan", "Have you seen this
 *   man?" posters with a reward, public registries of defaulted accounts, selfies that "go on IG".
 */
export const termsV31: readonly TermGroup[] = [
  {
    rule: "obscenity-hyphen-masked-v31",
    category: "obscenity",
    severity: "block",
    terms: ["f-cking", "f-ckin", "f-ck", "sh-t", "d-mn", "g-d d-mn"],
  },
  {
    rule: "threat-v31",
    category: "threat",
    severity: "block",
    terms: [
      "break ur other leg",
      "break your other leg",
      "fall down the stairs can happen",
      "nobody would find you for days",
      "no one would find you for days",
      "have unfortunate accidents",
      "unfortunate accidents with",
      "control what they decide to do",
      "by whatever means they judge necessary",
      "一点火星就着",
      "完好的轮胎",
      "不能保证你回家时",
    ],
  },
  {
    rule: "insult-v31",
    category: "insult",
    severity: "block",
    terms: [
      "old fossil",
      "senile or not",
      "hard of thinking",
      "a burden on everybody",
      "a burden on everyone",
      "bottom-feeding",
      "the sort of person decent people avoid",
      "瘸子",
      "脑子也残了",
      "没担当的人",
      "谁愿意跟你过日子",
    ],
  },
  {
    rule: "false-legal-v31",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "停发你的养老金",
      "停发养老金",
      "紧急联系人需承担",
      "联系人需承担代偿",
      "身份证冻结",
      "开除处理",
      "工资中直接扣除全部",
      "no court action is needed",
      "your social security benefits will be taken",
      "debtors registry",
      "authorized to seize",
      "authorised to seize",
      "sheriff seizes",
      "under federal investigation",
    ],
  },
  {
    rule: "impersonation-v31",
    category: "impersonation",
    severity: "block",
    terms: [
      "暂停你的医保",
      "医保报销资格",
      "监管标记",
      "请勿联系律所",
      "do not contact any law firm",
      "desk alias",
      "department of financial enforcement",
      "consumer finance regulatory board",
      "cfpb alert",
    ],
  },
  {
    rule: "third-party-v31",
    category: "third_party_disclosure",
    severity: "block",
    terms: [
      "financial irresponsibility",
      "employer should be aware",
      "it's about her past-due",
      "it's about his past-due",
      "and maybe her manager",
      "and maybe his manager",
    ],
  },
  {
    rule: "privacy-v31",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "have you seen this man",
      "have you seen this woman",
      "reposting this notice",
      "defaulted accounts registry",
      "to prevent publication",
      "go on ig",
      "goes on ig",
    ],
  },
];
