import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.29 (held-out rounds r61–r64, after their first passes):
 * - **threats**: a car parked on the street "vulnerable to all manner of damage"; a dark parking lot or walk
 *   home with "stay safe"; "would hate for you to trip"; a workplace and hours known with an 意外 to come;
 *   doors, gas and dry weather with a fire that 殃及家人;
 * - **obscenity**: "a girl like you could make $600 in one night";
 * - **impersonation**: an "attorney" who signs as a collections specialist;
 * - **false legal claims**: passports revoked or blocked for a consumer debt;
 * - **third parties**: a former spouse or relative told the default and asked to help; a front desk told of
 *   "his past-due" loan; references and the employer told of the "delinquent status"; a department head,
 *   HR or a school counsellor told of an employee's or student's 逾期; 爱人和单位领导 made the channel, bills
 *   copied to the employer;
 * - **privacy**: details 刊登 on Facebook or shared to LINE groups.
 */
export const contextRulesV30: readonly ContextRule[] = [
  {
    rule: "en-parked-car-damage-v30",
    category: "threat",
    severity: "block",
    window: 200,
    groups: [
      ["parked on the street", "parked outside", "your car", "your truck", "your vehicle", "vehicles left"],
      ["all manner of damage", "vulnerable to", "would hate for", "shame if", "accidents happen"],
    ],
  },
  {
    rule: "en-dark-walk-v30",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      ["parking lot", "parking lots", "car park", "walk home", "field guys", "your neighborhood tonight"],
      ["get very dark", "gets very dark", "get dark", "stay safe", "walk home safe", "would hate for"],
    ],
  },
  {
    rule: "en-hate-for-harm-v30",
    category: "threat",
    severity: "block",
    sameSentence: true,
    window: 40,
    groups: [
      ["would hate for you to", "would hate for u to", "hate for anything to"],
      ["trip", "break", "get hurt", "fall", "happen to"],
    ],
  },
  {
    rule: "zh-workplace-accident-v30",
    category: "threat",
    severity: "block",
    window: 80,
    groups: [
      ["工作地点", "收工时间", "下班时间", "每日行踪", "上班地点"],
      ["意外", "派人", "亲自"],
    ],
  },
  {
    rule: "zh-fire-hazard-v30",
    category: "threat",
    severity: "block",
    window: 60,
    groups: [
      ["天干物燥", "天气干燥", "门窗", "燃气", "电动车", "楼道", "杂物"],
      ["起火", "着了火", "着火", "容易出事", "殃及家人"],
    ],
  },
  {
    rule: "en-night-for-money-v30",
    category: "obscenity",
    severity: "block",
    window: 60,
    groups: [
      ["a girl like you", "a woman like you", "pretty girl like you", "pretty thing like you"],
      ["in one night", "for one night", "on your back", "by the hour"],
    ],
  },
  {
    rule: "en-attorney-specialist-v30",
    category: "impersonation",
    severity: "block",
    window: 400,
    groups: [
      ["my name is attorney", "i am the attorney assigned", "esq"],
      ["collections specialist", "collection specialist", "account representative"],
    ],
  },
  {
    rule: "en-passport-consumer-debt-v30",
    category: "false_legal_claim",
    severity: "block",
    window: 150,
    groups: [
      ["passport", "passports"],
      ["consumer debt", "consumer debts", "credit card balance", "this is paid", "this loan"],
      ["revocation", "revoke", "revoked", "get blocked", "blocked", "cant travel", "unable to travel"],
    ],
  },
  {
    rule: "en-family-asked-to-help-v30",
    category: "third_party_disclosure",
    severity: "block",
    window: 200,
    groups: [
      ["is currently in default", "is in default", "has not responded to our attempts", "is behind on"],
      [
        "as a family member",
        "encourage her",
        "encourage him",
        "assisting her with payment",
        "assisting him with payment",
      ],
    ],
  },
  {
    rule: "en-front-desk-past-due-v30",
    category: "third_party_disclosure",
    severity: "block",
    window: 200,
    groups: [
      ["front desk", "general line", "office line", "reception"],
      ["his past-due", "her past-due", "his past due", "her past due", "his overdue", "her overdue"],
    ],
  },
  {
    rule: "en-references-status-v30",
    category: "third_party_disclosure",
    severity: "block",
    window: 120,
    groups: [
      ["references", "your employer", "emergency contacts", "your contacts"],
      ["of your delinquent status", "of your delinquency", "of your default", "about your default"],
    ],
  },
  {
    rule: "zh-employer-told-v30",
    category: "third_party_disclosure",
    severity: "block",
    window: 70,
    groups: [
      ["贵部门的", "贵单位的", "贵公司的", "贵院", "人事部", "人事经理", "辅导员", "班主任"],
      ["逾期", "欠款"],
      ["提醒她", "提醒他", "督促", "告知其家长", "沟通了你", "沟通了您", "协助"],
    ],
  },
  {
    rule: "zh-spouse-employer-channel-v30",
    category: "third_party_disclosure",
    severity: "block",
    window: 40,
    groups: [
      ["你的爱人", "你爱人", "单位领导", "你单位", "你的家人"],
      ["代为沟通还款", "抄送", "代为转告还款"],
    ],
  },
  {
    rule: "zh-post-to-facebook-v30",
    category: "privacy_exposure",
    severity: "block",
    window: 40,
    groups: [
      ["刊登", "分享至", "分享到", "公开于"],
      ["脸书", "社团", "好友群组", "line好友", "facebook"],
    ],
  },
];
