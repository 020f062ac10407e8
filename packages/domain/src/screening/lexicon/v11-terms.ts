import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.10: damage promised beyond the goods ("break a lot more than the sofa"), harm
 * to a family wished away ("hate for this to become unpleasant for your family"), seizure said to
 * need no court order, British insults (numpty, "absolute melt"), the whole contact list texted,
 * a business partner warned off a debtor (谨慎与其合作), Sichuanese gang visits (喊几个兄伙) and
 * Cantonese arrest talk (拉你返警署).
 */
export const termsV11: readonly TermGroup[] = [
  {
    rule: "en-threat-beyond-goods",
    category: "threat",
    severity: "block",
    terms: [
      "break a lot more than",
      "break more than the",
      "be round to break",
      "come round to break",
      "unpleasant for your family",
      "hate for this to become unpleasant",
      "hate for this matter to become unpleasant",
      "hate for things to get unpleasant",
    ],
  },
  {
    rule: "en-no-court-order-needed",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "no court order is needed",
      "no court order needed",
      "no court order is required",
      "no court order required",
      "don't need a court order",
      "do not need a court order",
    ],
  },
  {
    rule: "en-insult-british",
    category: "insult",
    severity: "block",
    terms: ["numpty", "absolute melt", "you melt", "skiving git", "lazy git"],
  },
  {
    rule: "en-contacts-broadcast",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      "whole contacts list",
      "whole contact list",
      "entire contacts list",
      "entire contact list",
      "group text about your",
      "group message about your",
    ],
  },
  {
    rule: "zh-warn-off-partner",
    category: "third_party_disclosure",
    severity: "block",
    terms: ["谨慎与其合作", "谨慎与他合作", "谨慎与她合作", "不要与其合作", "谨慎与其交易", "停止与其合作"],
  },
  {
    rule: "zh-gang-visit-dialect",
    category: "threat",
    severity: "block",
    terms: ["喊几个兄伙", "几个兄伙过来", "兄伙过来找你", "屋头住哪", "晓得你屋头"],
  },
  {
    rule: "zh-yue-police-station",
    category: "false_legal_claim",
    severity: "block",
    terms: ["拉你返警署", "拉你去警署", "差人会上门", "差人上门"],
  },
];
