import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";
import { pinyinGroup } from "./pinyin.js";

// Adjectives no lender calls a borrower; two of them joined by 又…又… ("又懒又蠢") are an insult.
const ZH_INSULT_ADJECTIVES = ["懒", "蠢", "笨", "穷", "丑", "贱", "傻", "废", "怂", "馋"];

/** 又懒又蠢, 又穷又贱 …: every ordered pair of two different insult adjectives. */
export const ZH_DOUBLE_INSULTS: readonly string[] = ZH_INSULT_ADJECTIVES.flatMap((a) =>
  ZH_INSULT_ADJECTIVES.filter((b) => b !== a).map((b) => `又${a}又${b}`),
);

/**
 * Terms added in 1.14:
 * - Irish and British obscenity ("feckin", "gobshite", "bollix", "shite");
 * - 又X又Y insults built from two insult adjectives, and poverty wished on the reader (难怪穷一辈子);
 * - harm settled "the old-fashioned way" (sort this / settle it / deal with you …);
 * - a disclaimer after a veiled harm: don't come asking me what happened (莫来问我, 别来问我);
 * - a collector claiming to be the reader's own lawyer ("as your lawyer I am instructing you");
 * - immigration consequences of a debt (限制你出境, 遣返回国, "your work permit will be cancelled");
 * - pinyin spellings of 小心点 ("xiao xin dian").
 */
export const termsV15: readonly TermGroup[] = [
  {
    rule: "en-obscenity-v15",
    category: "obscenity",
    severity: "block",
    terms: [
      "feck",
      "fecker",
      "feckers",
      "feckin",
      "fecking",
      "gobshite",
      "gobshites",
      "bollix",
      "bollox",
      "shite",
      "shitebag",
      "shitehawk",
    ],
  },
  {
    rule: "zh-insult-v15",
    category: "insult",
    severity: "block",
    terms: [
      ...ZH_DOUBLE_INSULTS,
      "难怪穷一辈子",
      "活该穷一辈子",
      "活该你穷",
      "难怪你穷",
      "注定穷一辈子",
      "倒了八辈子霉",
      "倒了八辈子血霉",
    ],
  },
  {
    rule: "en-old-fashioned-way",
    category: "threat",
    severity: "block",
    terms: combine(
      [
        "sort this",
        "sort it",
        "sort this out",
        "sort it out",
        "sort you out",
        "settle this",
        "settle it",
        "deal with this",
        "deal with it",
        "deal with you",
        "handle this",
        "handle it",
        "do this",
        "sort things",
        "sort things out",
      ],
      ["the old-fashioned way", "the old fashioned way", "the old school way", "the old-school way"],
      " ",
    ),
  },
  {
    rule: "zh-dont-ask-me",
    category: "threat",
    severity: "block",
    terms: [
      "莫来问我",
      "别来问我",
      "不要来问我",
      "莫来找我",
      "别来找我哭",
      "莫怪老子",
      "别怪老子",
      "唔好话我冇提你",
      "唔好怪我",
      "don't come asking me what happened",
      "don't ask me what happened",
      "don't come crying to me when",
    ],
  },
  {
    rule: "impersonation-your-lawyer",
    category: "impersonation",
    severity: "block",
    terms: [
      ...combine(
        ["as your", "i am your", "i'm your", "i am acting as your", "acting as your"],
        ["lawyer", "attorney", "advocate", "solicitor", "legal representative", "legal counsel", "counsel"],
        " ",
      ),
      ...combine(
        ["作为你的", "作为您的", "我是你的", "我是您的", "本人是你的", "本人是您的"],
        ["律师", "代理律师", "辩护律师"],
      ),
    ],
  },
  {
    rule: "immigration-consequence-v15",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "限制你出境",
      "限制您出境",
      "限制你出入境",
      "限制您出入境",
      "禁止你出境",
      "禁止您出境",
      "遣返回国",
      "遣返你",
      "把你遣返",
      "被遣返",
      "驱逐出境",
      "驅逐出境",
      "遣返回鄉",
      "work permit will be cancelled",
      "work permit will be canceled",
      "work permit will be revoked",
      "cancel your work permit",
      "revoke your work permit",
      "cancel your visa",
      "revoke your visa",
      "visa will be cancelled",
      "visa will be canceled",
      "visa will be revoked",
      "stopped at the border",
      "detained at the airport",
      "banned from entering",
    ],
  },
  pinyinGroup("zh-pinyin-threat-v15", "threat", "block", ["小心点"]),
];
