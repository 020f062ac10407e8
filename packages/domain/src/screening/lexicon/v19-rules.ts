import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.18 (rounds r27, complaint files, and r28, lenders' outgoing logs):
 * - **livelihood**: making sure the boss hears enough to let the reader go;
 * - **third parties**: the reader's references "will be told"; a relay asked to pass on a neighbour's
 *   debt (请转告…其网贷已严重逾期); a voicemail "calling about" someone's overdue account asking that he
 *   call back;
 * - **privacy**: tagging the employer and friends in a public post about the debt; the debt details
 *   "go online with"; compiled contacts and photos to be published; 身份证号 with 转发扩散; details 贴在网上; a poster (海报, 通缉令) sent to the reader's friends;
 * - **threats**: things that "get ugly … unless"; 知道你住… with 注意点;
 * - **false legal claims**: a judgment "final and enforceable" with wages taken from next payday; a
 *   hearing cancelled "only if payment"; children barred from school; 终审判决 with everything 查封拍卖;
 *   否则…拘役 for a debt;
 * - **impersonation**: a state arbitration board with "our client"; an agent who introduced himself as a
 *   bailiff or lawyer; 坐席自称, 他们自称 or 以…身份 a court clerk, lawyer or police officer.
 */
export const contextRulesV19: readonly ContextRule[] = [
  {
    rule: "en-livelihood-v19",
    category: "threat",
    severity: "block",
    window: 90,
    groups: [
      ["make sure", "ensure", "see to it"],
      ["your boss", "your employer", "your manager", "your supervisor", "your hr", "your company"],
      ["let you go", "fire you", "get you fired", "sack you", "lose your job", "out of a job", "you fired"],
    ],
  },
  {
    rule: "en-references-told-v19",
    category: "third_party_disclosure",
    severity: "block",
    window: 70,
    groups: [
      [
        "every reference",
        "all your references",
        "your references",
        "each reference",
        "your referees",
        "all references",
      ],
      [
        "will be told",
        "will be informed",
        "will be notified",
        "will hear about",
        "will learn",
        "will be contacted about",
      ],
    ],
  },
  {
    rule: "zh-relay-debt-v19",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      ["请转告", "麻烦转告", "帮忙转告", "转告一下", "麻烦告诉"],
      ["其网贷", "其欠款", "其借款", "其贷款", "其信用卡", "严重逾期", "欠款未还", "欠钱不还"],
    ],
  },
  {
    rule: "en-voicemail-relay-v19",
    category: "third_party_disclosure",
    severity: "block",
    window: 160,
    groups: [
      ["calling about", "calling regarding", "calling in regards to", "calling in regard to"],
      [
        "overdue account",
        "past-due account",
        "past due account",
        "overdue balance",
        "unpaid loan",
        "unpaid balance",
        "outstanding debt",
      ],
      [
        "have him call",
        "have her call",
        "ask him to call",
        "ask her to call",
        "tell him to call",
        "tell her to call",
      ],
    ],
  },
  {
    rule: "en-public-tag-v19",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      ["tagging your", "tag your", "tagging all", "tag all", "public post", "publicly post", "post publicly"],
      ["your debt", "your loan", "you owe", "your balance", "your default", "unpaid"],
    ],
  },
  {
    rule: "en-online-debt-v19",
    category: "privacy_exposure",
    severity: "block",
    window: 80,
    groups: [
      [
        "go online with",
        "goes online with",
        "going online with",
        "get posted online",
        "gets posted online",
        "will be posted online",
        "be put online",
        "go up online",
        "going up online",
      ],
      [
        "your debt",
        "debt details",
        "you owe",
        "your loan",
        "your balance",
        "your name",
        "your photo",
        "your address",
      ],
    ],
  },
  {
    rule: "en-publish-details-v19",
    category: "privacy_exposure",
    severity: "block",
    window: 120,
    groups: [
      ["compiled your", "collected your", "gathered your", "we have your", "we've got your"],
      [
        "publish them",
        "publish it all",
        "make them public",
        "post them",
        "leak them",
        "release them",
        "share them online",
      ],
    ],
  },
  {
    rule: "zh-id-spread-v19",
    category: "privacy_exposure",
    severity: "block",
    window: 60,
    groups: [
      ["身份证号", "身份证号码", "家庭住址", "照片"],
      ["转发扩散", "请大家转发", "大家转发", "扩散出去", "帮忙扩散"],
    ],
  },
  {
    rule: "zh-poster-friends-v19",
    category: "privacy_exposure",
    severity: "block",
    window: 40,
    groups: [
      ["海报", "通缉令", "大字报", "曝光贴"],
      [
        "你所有微信好友",
        "你所有好友",
        "你的所有好友",
        "你朋友圈",
        "你的朋友圈",
        "你通讯录",
        "你的通讯录",
        "你家族群",
      ],
    ],
  },
  {
    rule: "zh-posted-online-v19",
    category: "privacy_exposure",
    severity: "block",
    window: 40,
    groups: [
      ["个人资料", "住址", "身份证", "照片", "电话"],
      ["贴在网上", "挂在网上", "发到网上", "公布在网上", "放到网上", "贴到网上", "挂到网上", "曝光在网上"],
    ],
  },
  {
    rule: "en-ugly-unless-v19",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      ["get ugly", "get very ugly", "gets ugly", "turn ugly", "get nasty", "get very nasty", "turn nasty"],
      ["unless", "or else", "if you don't", "if we don't see", "until we see"],
    ],
  },
  {
    rule: "zh-home-known-v19",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["知道你住", "知道你家住", "知道你家在", "你家住在"],
      ["注意点", "小心点", "注意安全", "出门小心", "小心一点", "走夜路"],
    ],
  },
  {
    rule: "en-judgment-wages-v19",
    category: "false_legal_claim",
    severity: "block",
    window: 120,
    groups: [
      [
        "judgment is now final",
        "judgment is final",
        "final and enforceable",
        "judgment notice",
        "final judgment",
      ],
      [
        "wages will be taken",
        "take your wages",
        "wages taken",
        "from next payday",
        "from your next payday",
        "from your next paycheck",
        "wages will be seized",
      ],
    ],
  },
  {
    rule: "en-hearing-pay-v19",
    category: "false_legal_claim",
    severity: "block",
    window: 60,
    groups: [
      [
        "hearing is cancelled",
        "hearing is canceled",
        "hearing will be cancelled",
        "hearing will be canceled",
        "case will be dismissed",
        "case will be dropped",
        "charges will be dropped",
        "warrant will be recalled",
      ],
      ["only if payment", "only if you pay", "if payment is received today", "unless payment", "pay today"],
    ],
  },
  {
    rule: "en-children-school-v19",
    category: "false_legal_claim",
    severity: "block",
    window: 60,
    groups: [
      ["children", "kids", "son", "daughter", "child"],
      [
        "barred from enrolling",
        "barred from school",
        "banned from school",
        "not be allowed to enrol",
        "not be allowed to enroll",
        "kicked out of school",
        "expelled from school",
      ],
    ],
  },
  {
    rule: "zh-judgment-seize-v19",
    category: "false_legal_claim",
    severity: "block",
    window: 40,
    groups: [
      ["终审判决", "你败诉", "你已败诉", "判决已下达"],
      ["全部查封", "全部拍卖", "查封拍卖", "房子车子"],
    ],
  },
  {
    rule: "zh-criminal-penalty-v19",
    category: "false_legal_claim",
    severity: "block",
    window: 24,
    groups: [["否则"], ["拘役"]],
  },
  {
    rule: "en-state-body-client-v19",
    category: "impersonation",
    severity: "block",
    window: 200,
    groups: [
      [
        "state arbitration",
        "national arbitration",
        "arbitration board",
        "government arbitration",
        "federal arbitration",
      ],
      ["our client", "recovery division", "legal recovery", "collections division"],
    ],
  },
  {
    rule: "en-introduced-as-v19",
    category: "impersonation",
    severity: "block",
    window: 60,
    groups: [
      [
        "introduced himself as",
        "introduced herself as",
        "introduced themselves as",
        "identified himself as",
        "identified herself as",
        "presented himself as",
        "presented herself as",
      ],
      [
        "bailiff",
        "sheriff",
        "police",
        "officer",
        "court",
        "judge",
        "lawyer",
        "attorney",
        "solicitor",
        "marshal",
        "detective",
      ],
    ],
  },
  {
    rule: "zh-self-claimed-v19",
    category: "impersonation",
    severity: "block",
    window: 16,
    sameSentence: true,
    groups: [
      ["坐席自称", "催收员自称", "催收自称", "员工自称", "他们自称", "对方自称", "他自称", "她自称"],
      ["书记员", "律师", "法官", "法警", "警官", "民警", "检察官", "执行局", "仲裁员", "法院"],
    ],
  },
  {
    rule: "zh-as-authority-v19",
    category: "impersonation",
    severity: "block",
    window: 16,
    sameSentence: true,
    groups: [
      ["以"],
      ["书记员", "律师", "法官", "法警", "警官", "民警", "检察官", "仲裁员"],
      ["身份致电", "身份打电话", "身份来电", "身份联系"],
    ],
  },
];
