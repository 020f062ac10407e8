import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.27 (held-out rounds r53–r56, after their first passes). r54, written in the code-switched
 * English of South and Southeast Asia, showed the lexicon had no Hindi, Tagalog or Malay abuse at all:
 * - **obscenity and insult** in Hinglish (bhenchod, "behen ke l*de", madarchod, "mc bc", chutiya, harami,
 *   kamina, nalayak, kamchor, bhikari), Tagalog (putang ina, tang ina, gago, walang hiya, kapal ng mukha,
 *   palamunin, manloloko) and Malay (pukimak, puki mak, bodoh, celaka, sial, babi), and Cantonese (廢到冇得救,
 *   食軟飯);
 * - **insult** in Mandarin sarcasm (脑子不够用, 做人还是要点脸面, 也就配一辈子穷, 先学会做人) and English ("I'll type
 *   slowly", "most adults can manage", "look at yourself in the mirror");
 * - **false legal claims**: a 刑事预警 or GA (公安) system that stops travel, wages garnished "without further
 *   notice", Aadhaar "blocked", a family's school admission cancelled;
 * - **privacy**: a private gallery sent to contacts, a "public alert" with the borrower's photo and address.
 */
export const termsV28: readonly TermGroup[] = [
  {
    rule: "south-asian-obscenity-v28",
    category: "obscenity",
    severity: "block",
    terms: [
      "bhenchod",
      "behenchod",
      "behen ke l*de",
      "behen ke lode",
      "madarchod",
      "maderchod",
      "mc bc",
      "chutiya",
      "chutiye",
      "bhosdike",
      "gaand",
    ],
  },
  {
    rule: "south-asian-insult-v28",
    category: "insult",
    severity: "block",
    terms: ["harami", "kamina", "kamine", "nalayak", "kamchor", "bhikari", "sharam nahi aati"],
  },
  {
    rule: "tagalog-malay-obscenity-v28",
    category: "obscenity",
    severity: "block",
    terms: ["putang ina", "putangina", "tang ina", "tangina", "pukimak", "puki mak", "pantat"],
  },
  {
    rule: "tagalog-malay-insult-v28",
    category: "insult",
    severity: "block",
    terms: [
      "gago ka",
      "walang hiya ka",
      "kapal ng mukha",
      "palamunin",
      "manloloko ka",
      "bodoh",
      "celaka",
      "kau babi",
      "you babi",
    ],
  },
  {
    rule: "cantonese-insult-v28",
    category: "insult",
    severity: "block",
    terms: ["废到冇得救", "食软饭", "废到无得救"],
  },
  {
    rule: "zh-sarcasm-insult-v28",
    category: "insult",
    severity: "block",
    terms: [
      "脑子不够用",
      "做人还是要点脸面",
      "也就配一辈子穷",
      "配一辈子穷着",
      "先学会做人",
      "活着也挺没意思",
      "怎么好意思出门见人",
      "您也算是个人才",
    ],
  },
  {
    rule: "en-sarcasm-insult-v28",
    category: "insult",
    severity: "block",
    terms: [
      "i'll type slowly",
      "type slowly since",
      "most adults can manage",
      "guess not you",
      "look at yourself in the mirror",
      "most grown adults pay",
      "everyone at our office laughs",
      "laughs at your file",
    ],
  },
  {
    rule: "false-legal-v28",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "刑事预警",
      "ga系统已登记",
      "住酒店均可能被拦截",
      "garnish your wages starting your next payday without further notice",
      "no court involvement is needed",
      "no court date is required",
      "aadhaar block",
      "school admission bhi cancel",
      "sheriff already has your file",
    ],
  },
  {
    rule: "privacy-v28",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "private photos will be sent",
      "your gallery access",
      "gallery access from the app",
      "share maximum",
      "saare whatsapp contacts",
      "public debtor website",
      "1nsta story",
      "insta story",
    ],
  },
  {
    rule: "threat-v28",
    category: "threat",
    severity: "block",
    terms: [
      "pay or bleed",
      "one phone call is all it takes",
      "make sure you lose that",
      "ladke khade honge",
      "ghar kaise pahunchta",
      "raasta safe rakhna",
      "walang mangyari sa kanya",
      "bisitahin namin siya",
      "tayar all flat",
      "windscreen pecah",
      "唔止泼油",
      "红油仲未干",
      "go up fast, you know",
    ],
  },
  {
    rule: "impersonation-v28",
    category: "impersonation",
    severity: "block",
    terms: [
      "pdrm bukit aman",
      "dari pdrm",
      "singapore police force 的",
      "警署嘅",
      "from ur local precinct",
      "from your local precinct",
      "rbi recovery department",
      "rbi legal cell",
      "金融监管总局消保局",
    ],
  },
  {
    rule: "disclosure-v28",
    category: "third_party_disclosure",
    severity: "block",
    terms: ["你ld电话", "邻居们好", "one of your employees"],
  },
  {
    rule: "exposure-v28",
    category: "privacy_exposure",
    severity: "block",
    terms: ["shared to local community groups", "exposure notice", "national debtor registry"],
  },
];
