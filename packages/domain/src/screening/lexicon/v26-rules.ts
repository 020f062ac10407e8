import type { ContextRule } from "../types.js";
import { KIN } from "./zh-people.js";

// The borrower's family as a collector names them in a veiled threat.
const EN_FAMILY = [
  "your family",
  "your kids",
  "your children",
  "your child",
  "your son",
  "your daughter",
  "your wife",
  "your husband",
  "your mum",
  "your mom",
  "your mother",
  "your dad",
  "your father",
  "ur kids",
  "ur lil one",
  "your lil one",
  "your little one",
  "ur little one",
  "ur mum",
  "ur mom",
  "ur wife",
];

const ZH_FAMILY = [
  ...KIN.flatMap((who) => [`你${who}`, `您${who}`]),
  "小孩",
  "孩子",
  "子女",
  "贵子女",
  "二老",
  "老人",
];

/**
 * Context rules added in 1.25 (held-out rounds r45–r48, after their first passes):
 * - **threats**: the family's routine watched (what time the children leave school, which way they walk,
 *   "your mum still walks the dog round the park at 7", 每天早上七點半送小孩到國小門口); harm wished on
 *   someone ("hope nobody gets hurt", "would hate for her to have a fall", how safe the family "feels at
 *   night"); property that could break, burn or be scratched (玻璃门…碎了, 车被划了、轮胎没气了, "houses catch
 *   fire", 屋头着火, "anything that may happen to your property or your vehicle"); and a livelihood ended
 *   ("won't have a job to go back to", 让你这饭碗端不稳, 手脚不利索了可就干不了了);
 * - **false legal claims**: a relative made liable for the borrower's card or debts after death; a
 *   student's aid denied for a parent's default; enforcement agents forcing entry or benefits seized with no
 *   court step (无需判决即可…查封);
 * - **third parties**: a relative asked to relay a named debt ("your sister … her $2,450 medical bill.
 *   Could you tell her to call us?");
 * - **impersonation**: a police detective introducing themselves ("It's DC Harris from the Met").
 */
export const contextRulesV26: readonly ContextRule[] = [
  {
    rule: "en-family-routine-v26",
    category: "threat",
    severity: "block",
    window: 90,
    sameSentence: true,
    groups: [
      EN_FAMILY,
      [
        "gets out at",
        "get out at",
        "gets out of school",
        "walks the dog",
        "walk the dog",
        "what they look like",
        "what your kids look like",
        "which way",
        "every morning at",
        "every day at",
        "still walks",
        "feels at night",
        "feel at night",
        "will be at home when",
        "be home alone",
      ],
    ],
  },
  {
    rule: "zh-family-routine-v26",
    category: "threat",
    severity: "block",
    window: 50,
    groups: [
      ZH_FAMILY,
      [
        "几点放学",
        "放学时间",
        "走哪条路",
        "每天早上",
        "每天几点",
        "国小门口",
        "校门口",
        "学校门口",
        "在那里等",
      ],
    ],
  },
  {
    rule: "en-harm-wished-v26",
    category: "threat",
    severity: "block",
    window: 50,
    groups: [
      [
        "hope nobody",
        "hope no one",
        "would hate for",
        "hate for",
        "think real hard about how safe",
        "how safe",
      ],
      [
        "gets hurt",
        "get hurt",
        "have a fall",
        "have an accident",
        "has an accident",
        "to have a fall",
        "your family feels",
        "your family is",
      ],
    ],
  },
  {
    rule: "en-property-harm-v26",
    category: "threat",
    severity: "block",
    window: 110,
    groups: [
      [
        "houses catch fire",
        "house catches fire",
        "cars catch fire",
        "happen to your property",
        "happen to your vehicle",
        "happen to your car",
        "happen to your house",
        "held responsible for anything",
        "responsible for anything that may happen",
      ],
      ["pay", "owe", "balance", "unpaid", "settle"],
    ],
  },
  {
    rule: "zh-property-harm-v26",
    category: "threat",
    severity: "block",
    window: 50,
    groups: [
      [
        "玻璃",
        "玻璃门",
        "你的车",
        "您的车",
        "车被",
        "轮胎",
        "屋头",
        "你家",
        "你屋",
        "门锁",
        "店门口",
        "你那家",
      ],
      ["碎了", "被划", "没气了", "着火", "起火", "烧了", "砸了", "不一定赔", "莫怪我", "别说没人提醒"],
    ],
  },
  {
    rule: "en-livelihood-v26",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      [
        "won't have a job",
        "wont have a job",
        "will not have a job",
        "not have a job to go back to",
        "lose that job",
        "i got my ways",
        "i have my ways",
      ],
      ["by friday", "by monday", "if this", "if you don't", "if u don't", "unless", "settled", "pay"],
    ],
  },
  {
    rule: "zh-livelihood-v26",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      ["饭碗端不稳", "饭碗不保", "手脚不利索", "干不了了", "有的是办法让你", "让你丢工作", "让你失业"],
      ["欠款", "还钱", "还款", "上班", "开叉车", "办法让你", "信不信"],
    ],
  },
  {
    rule: "en-relative-liable-v26",
    category: "false_legal_claim",
    severity: "block",
    window: 120,
    groups: [
      [
        "your husband",
        "your wife",
        "your children",
        "your kids",
        "your parents",
        "your family",
        "your son",
        "your daughter",
        "ur kids",
      ],
      [
        "legally liable",
        "legally required to pay",
        "become liable",
        "will have to pay",
        "will inherit",
        "fafsa",
        "financial aid",
        "gets denied",
        "credit file will also be defaulted",
      ],
    ],
  },
  {
    rule: "en-force-entry-v26",
    category: "false_legal_claim",
    severity: "block",
    window: 140,
    groups: [
      [
        "force entry",
        "forced entry",
        "break in",
        "social security deposits",
        "benefits will be seized",
        "deposits will be seized",
      ],
      [
        "no further court",
        "no court",
        "without a court",
        "seized starting",
        "will be seized",
        "remove goods",
      ],
    ],
  },
  {
    rule: "zh-no-judgment-seizure-v26",
    category: "false_legal_claim",
    severity: "block",
    window: 40,
    groups: [
      ["无需判决", "不需要判决", "无需法院", "不用经过法院", "无需起诉"],
      ["查封", "扣押", "冻结", "拍卖", "强制执行"],
    ],
  },
  {
    rule: "en-relay-named-debt-v26",
    category: "third_party_disclosure",
    severity: "block",
    window: 160,
    groups: [
      [
        "your sister",
        "your brother",
        "your mother",
        "your father",
        "your son",
        "your daughter",
        "your cousin",
        "your aunt",
        "your uncle",
      ],
      ["bill", "balance", "debt", "loan", "owes", "ignoring us"],
      [
        "tell her to call",
        "tell him to call",
        "could you tell her",
        "could you tell him",
        "ask her to call",
        "ask him to call",
        "family should",
      ],
    ],
  },
  {
    rule: "en-detective-from-v26",
    category: "impersonation",
    severity: "block",
    window: 40,
    sameSentence: true,
    groups: [
      [
        "it's dc",
        "this is dc",
        "it's ds",
        "this is ds",
        "it's di",
        "this is di",
        "detective constable",
        "detective sergeant",
        "this is detective",
        "it's detective",
      ],
      ["from the met", "metropolitan police", "police", "cid", "constabulary"],
    ],
  },
];
