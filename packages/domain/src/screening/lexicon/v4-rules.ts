import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.3. A photo or ID of the borrower alone is how an app asks for a clearer
 * picture ("您提交的身份证照片不清晰"), so those nouns went to review; named with the audience it
 * will reach, it is exposure.
 */
export const contextRulesV4: readonly ContextRule[] = [
  {
    rule: "zh-photo-audience",
    category: "privacy_exposure",
    severity: "block",
    window: 24,
    groups: [
      ["你的照片", "你照片", "你的头像", "身份证照片", "你的身份证", "你的证件"],
      [
        "朋友圈",
        "微信好友",
        "所有好友",
        "所有人",
        "群里",
        "网上",
        "抖音",
        "快手",
        "微博",
        "小区",
        "单位",
        "通讯录",
        "联系人",
        "亲戚",
        "同事",
        "同学",
        "邻居",
        "出现在",
        "满大街",
      ],
    ],
  },
];
