import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.31 (held-out rounds r69–r72, after their first passes), most from r69 (a day's ordinary
 * traffic) and r72 (Singlish, Manglish, Taglish, Spanglish, Cantonese, Taiwanese Mandarin):
 * - **threats**: "nobody gets hurt", a field rep who "hates being kept waiting", "safer for everyone if";
 *   Spanish "sería una lástima que", Tagalog "kung may mangyari sa", Malay tayar pancit, cermin pecah; 明天就来拘你;
 * - **insults**: "limited intelligence", "ought to be embarrassed", "even a child could"; 反省一下自己的人生,
 *   养出一个…的儿子, 替他们感到可惜; Malay "tak guna punya orang", "pengemis pun";
 * - **obscenity**: sex asked as payment ("pay in other ways", "s3xy pics", 用身体来抵债, 出来陪一下);
 * - **false legal claims**: non-payment "now a federal offense", Social Security benefits suspended, 欠钱不还就是
 *   诈骗罪, seizure 无须另经法院裁定 with the police (会同辖区员警);
 * - **impersonation**: "CFPB compliance", "federal enforcement action", "como agencia federal", the U.S.
 *   Attorney's office on the line, Malaysian courts calling to take a transfer ("panggilan rasmi dari",
 *   "to the court account");
 * - **third parties and privacy**: a family asked to share a dead mother's debt, a neighbour told of "a past-due
 *   account for" someone, a mother-in-law told in Spanish, contacts synced from the phone told the balance, a
 *   number got from a daughter's contact list, Tagalog posts tagging friends and relatives, debtor flyers,
 *   Craigslist, Telegram channels and a company's fan page (粉专刊登).
 */
export const termsV32: readonly TermGroup[] = [
  {
    rule: "threat-v32",
    category: "threat",
    severity: "block",
    terms: [
      "nobody gets hurt",
      "no one gets hurt",
      "hates being kept waiting",
      "safer for everyone if",
      "sería una lástima que",
      "kung may mangyari sa",
      "tayar pancit",
      "cermin pecah",
      "明天就来拘你",
      "来拘你",
    ],
  },
  {
    rule: "insult-v32",
    category: "insult",
    severity: "block",
    terms: [
      "limited intelligence",
      "ought to be embarrassed",
      "even a child could manage",
      "even a child could understand",
      "even a child could follow",
      "反省一下自己的人生",
      "反省自己的人生",
      "养出一个",
      "替他们感到可惜",
      "tak guna punya orang",
      "pengemis pun",
    ],
  },
  {
    rule: "obscenity-v32",
    category: "obscenity",
    severity: "block",
    terms: ["pay in other ways", "sexy pics", "s3xy pics", "用身体来抵债", "用身体抵债", "出来陪一下"],
  },
  {
    rule: "false-legal-v32",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "is now a federal offense",
      "your social security benefits will be suspended",
      "欠钱不还就是诈骗",
      "不还就是诈骗罪",
      "无须另经法院",
      "无须法院裁定",
      "会同辖区员警",
    ],
  },
  {
    rule: "impersonation-v32",
    category: "impersonation",
    severity: "block",
    terms: [
      "cfpb compliance",
      "to avoid federal enforcement action",
      "como agencia federal",
      "i'm with the u.s. attorney's office",
      "from the u.s. attorney's office",
      "panggilan rasmi dari",
      "to the court account",
    ],
  },
  {
    rule: "third-party-v32",
    category: "third_party_disclosure",
    severity: "block",
    terms: [
      "share this with your sisters",
      "share this with your brothers",
      "share this with the family",
      "past-due account for",
      "le aviso que él debe",
      "as mother must help",
      "pinjam duit dengan kami",
      "lahat ng contacts mo",
      "may utang ka sa amin",
      "got your number from your daughter",
      "got your number from your son",
    ],
  },
  {
    rule: "privacy-v32",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "同步至你手机通讯录",
      "位联系人",
      "all contacts synced",
      "opt out of contact sharing",
      "debtor flyer",
      "ipo-post namin",
      "ita-tag namin",
      "粉专刊登",
      "诚信提醒公告",
    ],
  },
];
