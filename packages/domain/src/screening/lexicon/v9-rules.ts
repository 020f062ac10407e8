import type { ContextRule } from "../types.js";
import { YOUR_PEOPLE_EN } from "./en-people.js";

/**
 * Context rules added in 1.8: a relative told that "your son owes" or "took out a loan" (the 1.2
 * rule naming a relative beside a debt state only reviews, since a debt state alone may be the
 * reader's own); the borrower's employer or other relatives to be told, said in the third person to
 * a contact (他单位那边我们也会通知); a lawyer who wants the money in his own account (钱转我个人账户); a collector who
 * says he is also the attorney; an authority introduced in slang (我是市局的jc); and a case handed to
 * the police on a deadline of non-payment (三日内不还款将移送公安处理).
 */
export const contextRulesV9: readonly ContextRule[] = [
  {
    rule: "en-relative-owes",
    category: "third_party_disclosure",
    severity: "block",
    window: 60,
    groups: [
      YOUR_PEOPLE_EN,
      ["owes", "owes us", "took out a", "took out a loan", "borrowed", "signed for a loan"],
      ["loan", "balance", "past due", "months behind", "is behind", "overdue", "in collections", "account"],
    ],
  },
  {
    rule: "zh-tell-their-circle",
    category: "third_party_disclosure",
    severity: "block",
    window: 16,
    groups: [
      [
        "他单位",
        "她单位",
        "他公司",
        "她公司",
        "他领导",
        "她领导",
        "他同事",
        "她同事",
        "他老板",
        "她老板",
        "其他亲戚",
        "其他家人",
        "家里其他人",
        "家其他亲戚",
      ],
      ["通知一下", "通知", "说一声", "告诉", "打个招呼", "打招呼", "联系一下"],
    ],
  },
  {
    rule: "zh-lawyer-personal-account",
    category: "impersonation",
    severity: "block",
    window: 80,
    groups: [
      ["律师", "律所", "律师事务所", "法务"],
      [
        "我个人账户",
        "我的个人账户",
        "我私人账户",
        "我的私人账户",
        "我个人银行卡",
        "我的银行卡",
        "转给我个人",
        "转我微信",
        "打到我卡上",
      ],
    ],
  },
  {
    rule: "en-collector-attorney",
    category: "impersonation",
    severity: "block",
    window: 90,
    groups: [
      ["collections", "collection agency", "collector"],
      [
        "also the attorney",
        "also your attorney",
        "also an attorney",
        "also a lawyer",
        "also the lawyer",
        "also your lawyer",
        "also a licensed attorney",
      ],
    ],
  },
  {
    rule: "zh-authority-slang-self",
    category: "impersonation",
    severity: "block",
    window: 10,
    groups: [
      ["我是", "我们是", "这里是", "这边是"],
      ["市局", "分局", "jc", "阿sir", "条子"],
    ],
  },
  {
    rule: "zh-police-referral-deadline",
    category: "false_legal_claim",
    severity: "block",
    window: 30,
    groups: [
      [
        "移送公安",
        "移交公安",
        "转交公安",
        "报送公安",
        "移送司法机关",
        "移交司法机关",
        "移送检察院",
        "移交检察院",
        "交由公安",
        "交给公安",
      ],
      ["不还", "未还", "不处理", "日内", "天内", "小时内", "否则", "逾期"],
    ],
  },
];
