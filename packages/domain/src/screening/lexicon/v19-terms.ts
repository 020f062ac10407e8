import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.18 (rounds r27, complaint files, and r28, lenders' outgoing logs):
 * - **insult**: "shitbag", "dirtbag";
 * - **privacy**: the sender's own defaulters' page or list ("our defaulters page"), and the chat
 *   shorthand for 爆通讯录 (btxl, "b t x l");
 * - **veiled threats**: people sent who are "not the polite kind", "eyes on your place", "visits you
 *   won't like"; 别怪别人没提醒, 别说没通知你, a tyre slashed (扎你车胎), 天天给你找麻烦.
 */
export const termsV19: readonly TermGroup[] = [
  {
    rule: "en-insult-v19",
    category: "insult",
    severity: "block",
    terms: ["shitbag", "shitbags", "shit bag", "dirtbag", "dirtbags"],
  },
  {
    rule: "privacy-defaulters-v19",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "our defaulters page",
      "our defaulter page",
      "our defaulters list",
      "our defaulter list",
      "our defaulters group",
      "our defaulters wall",
      "btxl",
      "b t x l",
    ],
  },
  {
    rule: "en-veiled-threat-v19",
    category: "threat",
    severity: "block",
    terms: [
      "not the polite kind",
      "not the friendly kind",
      "not the nice kind",
      "not the patient kind",
      "not the gentle kind",
      "eyes on your place",
      "eyes on your house",
      "eyes on your home",
      "eyes on your family",
      "eyes on your shop",
      "eyes on your kids",
      "visits you won't like",
      "visit you won't like",
      "visits you will not like",
    ],
  },
  {
    rule: "zh-veiled-threat-v19",
    category: "threat",
    severity: "block",
    terms: [
      "别怪别人没提醒",
      "可别怪别人",
      "别怪没提醒",
      "别说没通知你",
      "别说没提醒你",
      "别说没告诉你",
      "扎你车胎",
      "扎你的车胎",
      "把你车胎扎",
      "车胎扎了",
      "天天给你找麻烦",
      "天天找你麻烦",
    ],
  },
];
