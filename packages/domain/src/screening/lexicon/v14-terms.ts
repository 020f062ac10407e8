import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";
import { MORE_THIRD_PARTIES, THIRD_PARTIES, YOUR_PEOPLE_EN } from "./en-people.js";
import { PEOPLE } from "./zh-people.js";

/**
 * People the English lists left out: British, Australian and colloquial kin (mum, nan, hubby, the
 * missus), kin-in-law written without hyphens, mates, and faith and club circles (the parish, the
 * church family, the small group).
 */
export const EN_MORE_PEOPLE_V14: readonly string[] = [
  "mum",
  "mummy",
  "mam",
  "nan",
  "nana",
  "nanna",
  "gran",
  "granny",
  "grandad",
  "granddad",
  "auntie",
  "aunty",
  "hubby",
  "missus",
  "sis",
  "bro",
  "stepmum",
  "mother in law",
  "father in law",
  "sister in law",
  "brother in law",
  "mates",
  "family and friends",
  "friends and family",
  "church family",
  "church members",
  "parish",
  "parish priest",
  "temple",
  "gurdwara",
  "bishop",
  "deacon",
  "elders",
  "small group",
  "bible study group",
  "club",
  "team mates",
];

/** Every English third party, for "is this Sarah's manager?" and the like. */
export const EN_ALL_PEOPLE_V14: readonly string[] = [
  ...THIRD_PARTIES,
  ...MORE_THIRD_PARTIES,
  ...EN_MORE_PEOPLE_V14,
];

/** The new people with "your" before them. */
export const EN_YOUR_MORE_PEOPLE_V14: readonly string[] = EN_MORE_PEOPLE_V14.map((who) => `your ${who}`);

/** Ways a collector reaches a third party, the 1.0 verbs and the British ones ("ring your mum"). */
const EN_REACH_V14 = [
  "tell",
  "telling",
  "told",
  "call",
  "calling",
  "called",
  "ring",
  "ringing",
  "rang",
  "phone",
  "phoning",
  "phoned",
  "contact",
  "contacting",
  "contacted",
  "text",
  "texting",
  "message",
  "messaging",
  "inform",
  "informing",
  "notify",
  "notifying",
  "visit",
  "visiting",
  "let",
  "reach out to",
  "reaching out to",
  "get in touch with",
];

/**
 * Chinese circles the people lists left out: a congregation (教会弟兄, 教友, 牧师), tenants and
 * lodgers, clients, hobby and chat-group friends, followers, business partners.
 */
export const ZH_MORE_PEOPLE_V14: readonly string[] = [
  "教会",
  "教会弟兄",
  "教会姊妹",
  "弟兄",
  "姊妹",
  "教友",
  "会友",
  "牧师",
  "神父",
  "租客",
  "房客",
  "客户",
  "球友",
  "牌友",
  "群友",
  "网友",
  "粉丝",
  "生意伙伴",
  "合作伙伴",
];

/** The new Chinese circles with 你/你的 before them (您 folds to 你). */
export const ZH_YOUR_MORE_PEOPLE_V14: readonly string[] = ZH_MORE_PEOPLE_V14.flatMap((who) => [
  `你${who}`,
  `你的${who}`,
]);

/** Every Chinese third party, for 请问是张丽的房东吗 and the like. */
export const ZH_ALL_PEOPLE_V14: readonly string[] = [...PEOPLE, ...ZH_MORE_PEOPLE_V14];

const ZH_REACH_V14 = ["告诉", "通知", "联系", "转告", "找", "找到", "打给", "打电话给", "发给", "通报"];

// Hong Kong and Taiwanese police ranks and units, as normalisation folds them (香港警務處 → 香港警务处).
export const ZH_HK_POLICE: readonly string[] = [
  "香港警务处",
  "警务处",
  "商业罪案调查科",
  "商罪科",
  "刑事侦缉科",
  "警察总部",
  "警署",
  "探员",
  "督察",
  "警长",
];

/** Credit bureaus: they report what lenders tell them, and never collect or take payment. */
export const EN_CREDIT_BUREAUS: readonly string[] = [
  "experian",
  "equifax",
  "transunion",
  "trans union",
  "cibil",
  "credit bureau",
  "credit reference agency",
];

/**
 * Terms added in 1.13: the new people told of a debt, in both languages; followers on a named platform
 * ("your IG followers"); a Hong Kong detective introducing himself (本人係…探員); a credit bureau's team
 * introducing itself; a credit file "permanently frozen"; men out of the sender's control ("what the
 * lads do"); places already visited ("been past your mum's place"); hurt made the borrower's fault.
 */
export const termsV14: readonly TermGroup[] = [
  {
    rule: "en-third-party-told-v14",
    category: "third_party_disclosure",
    severity: "block",
    terms: [
      ...combine(EN_REACH_V14, EN_YOUR_MORE_PEOPLE_V14, " "),
      ...combine(
        ["ring", "ringing", "rang", "phone", "phoning", "phoned", "message", "messaging"],
        YOUR_PEOPLE_EN,
        " ",
      ),
    ],
  },
  {
    rule: "zh-third-party-told-v14",
    category: "third_party_disclosure",
    severity: "block",
    terms: combine(ZH_REACH_V14, ZH_YOUR_MORE_PEOPLE_V14),
  },
  {
    rule: "en-followers-v14",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      ...combine(
        ["your", "all your"],
        ["ig", "insta", "instagram", "tiktok", "facebook", "fb", "twitter", "youtube", "snapchat", "x"],
        " ",
      ).flatMap((owner) => [`${owner} followers`, `${owner} friends`]),
      "all your followers",
      "all of your followers",
      "你粉丝都",
      "你的粉丝都",
      "你所有粉丝",
      "你的所有粉丝",
    ],
  },
  {
    rule: "zh-hk-police-self",
    category: "impersonation",
    severity: "block",
    terms: combine(["本人系", "本人是", "我系", "我是", "我们是", "这里是", "呢度系"], ZH_HK_POLICE),
  },
  {
    rule: "en-bureau-self",
    category: "impersonation",
    severity: "block",
    terms: combine(
      ["this is", "calling from", "i'm calling from", "i am calling from", "we are", "we're"],
      EN_CREDIT_BUREAUS,
      " ",
    ),
  },
  {
    rule: "en-credit-frozen-v14",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "permanently frozen",
      "frozen permanently",
      "frozen for life",
      "credit file will be frozen",
      "credit file will be permanently",
      "credit file frozen",
      "permanently blacklisted",
      "blacklisted for life",
      "blacklisted permanently",
    ],
  },
  {
    rule: "en-control-disclaimed-v14",
    category: "threat",
    severity: "block",
    terms: combine(
      ["cannot control", "can't control", "can not control", "no control over", "not responsible for"],
      [
        "what the lads do",
        "what the boys do",
        "what the guys do",
        "what the men do",
        "what my lads do",
        "what my boys do",
        "what my men do",
        "what they might do",
        "what they'd do",
        "what happens next",
        "what happens to you",
        "what happens after",
      ],
      " ",
    ),
  },
  {
    rule: "en-been-past-your-place",
    category: "threat",
    severity: "block",
    terms: combine(
      ["been past", "been round", "been by", "driven past", "drove past", "been outside"],
      [
        "your mum's",
        "your mom's",
        "your mother's",
        "your dad's",
        "your father's",
        "your parents'",
        "your nan's",
        "your sister's",
        "your brother's",
        "your girlfriend's",
        "your house",
        "your place",
        "your flat",
        "your home",
        "your kids' school",
        "your work",
      ],
      " ",
    ),
  },
  {
    rule: "en-hurt-your-fault",
    category: "threat",
    severity: "block",
    terms: [
      // The negation is the threat's own ("Don't make us hurt anyone"), so it stands inside the term.
      ...combine(
        ["don't", "do not", "dont", "you'll", "you will"].flatMap((lead) =>
          ["make us", "make me", "force us to", "force me to"].map((verb) => `${lead} ${verb}`),
        ),
        ["hurt", "harm", "do something", "get physical", "come round"],
        " ",
      ),
      "anyone gets hurt",
      "anyone to get hurt",
      "someone gets hurt",
      "someone to get hurt",
      "somebody gets hurt",
      "somebody to get hurt",
      "someone could get hurt",
      "somebody could get hurt",
    ],
  },
];
