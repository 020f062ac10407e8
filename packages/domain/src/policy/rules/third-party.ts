// People other than the borrower are contacted only to find the borrower, from lawful sources, without the debt.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import type { ContactScenario } from "../scenario-schema.js";
import { param } from "./params.js";
import { isOutbound } from "./scope.js";

// Relations the law treats as the consumer (spouse, guardian, executor…) are not third parties.
const consumerRelations = param.purposes.optional();

function isThirdParty(
  entry: { consumerRelations?: string[] | undefined },
  scenario: ContactScenario,
): boolean {
  if (scenario.target !== "third_party") return false;
  const relation = scenario.thirdPartyRelation;
  return relation === undefined || !(entry.consumerRelations ?? []).includes(relation);
}

/** A third party is contacted only for the permitted purposes (location, relaying a message), never to collect. */
export const thirdPartyPurposeRule = defineRule({
  type: "third-party-purpose",
  kind: "third_party",
  summary: "A third party is contacted only for the permitted purposes, never to collect.",
  citations: ["US-REGF-3P", "US-REGF-LOCATION", "CN-GBT-TARGET", "CN-CBA-3P-LIMITS"],
  params: { allowedPurposes: param.purposes.min(1), consumerRelations },
  tighten: { allowedPurposes: "subset", consumerRelations: "subset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (!isThirdParty(entry, scenario)) return undefined;
        if (scenario.purpose !== undefined && entry.allowedPurposes.includes(scenario.purpose))
          return undefined;
        return {
          effect: "deny",
          message: {
            en: `a third party may only be contacted for: ${entry.allowedPurposes.join(", ")}`,
            zh: `仅可为以下目的联系第三方：${entry.allowedPurposes.join("、")}；不得向第三方催收`,
          },
        };
      },
    };
  },
});

/** Each third party is contacted a limited number of times, unless they asked to be contacted again. */
export const thirdPartyOnceRule = defineRule({
  type: "third-party-once",
  kind: "third_party",
  summary:
    "Each third party is contacted a limited number of times, unless they asked to be contacted again.",
  citations: ["US-REGF-LOCATION"],
  params: { max: param.positive, outcomes: param.outcomes, consumerRelations },
  tighten: { max: "at_most", outcomes: "superset", consumerRelations: "subset" },
  compile(entry) {
    return {
      check({ scenario }, at) {
        if (!isThirdParty(entry, scenario) || scenario.thirdPartyId === undefined) return undefined;
        let contacts = 0;
        let lastContact = Number.NEGATIVE_INFINITY;
        let lastInbound = Number.NEGATIVE_INFINITY;
        for (const past of scenario.history) {
          if (past.target !== "third_party" || past.thirdPartyId !== scenario.thirdPartyId || past.at > at)
            continue;
          if (isOutbound(past)) {
            // Only contacts that reached the person count: an unanswered ring told nobody anything.
            if (!entry.outcomes.includes(past.outcome)) continue;
            contacts++;
            lastContact = Math.max(lastContact, past.at);
          } else {
            lastInbound = Math.max(lastInbound, past.at);
          }
        }
        // The person asking to hear back (reaching out after our last contact) lifts the limit.
        if (contacts < entry.max || lastInbound > lastContact) return undefined;
        return {
          effect: "deny",
          message: {
            en: `this third party was already contacted ${contacts} time(s) for location information`,
            zh: `已就查找借款人联系过该第三方${contacts}次`,
          },
        };
      },
    };
  },
});

/** Third parties come only from permitted sources; a scraped address book is never one. */
export const thirdPartySourceRule = defineRule({
  type: "third-party-source",
  kind: "third_party",
  summary: "Third parties come only from permitted sources; a scraped address book is never one.",
  citations: ["CN-NIFA-CONTACTS", "CN-PIPL-ART6-MIN"],
  params: {
    allowedSources: param.sources,
    addressBookCitation: z.enum(["CN-PIPL-ART6-MIN"]).optional(),
    consumerRelations,
  },
  tighten: { allowedSources: "subset", consumerRelations: "subset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (!isThirdParty(entry, scenario)) return undefined;
        const source = scenario.contactSource;
        if (source !== undefined && entry.allowedSources.includes(source)) return undefined;
        return {
          effect: "deny",
          ...(source === "address_book" && entry.addressBookCitation
            ? { citation: entry.addressBookCitation }
            : {}),
          message: {
            en: `third parties may only be contacted when ${entry.allowedSources.join(" or ")}; this one is ${source ?? "of unknown source"}`,
            zh: "仅可联系合同事先约定的联系人，不得使用通讯录等来源的联系人",
          },
        };
      },
    };
  },
});

/**
 * Third parties are contacted only while the debtor cannot be reached (N failed attempts in a row), or to reach
 * the heirs or guardian of a debtor who has died or lacks legal capacity (CN-GBT-CONTACT-WHEN).
 */
export const thirdPartyReachabilityRule = defineRule({
  type: "third-party-reachability",
  kind: "third_party",
  summary: "Third parties are contacted only while the debtor cannot be reached.",
  citations: ["CN-CBA-3P-TRIGGER", "CN-GBT-CONTACT-WHEN", "CN-NIFA-CONTACTS"],
  params: {
    consecutiveFailures: param.positive,
    channels: param.channels,
    failedOutcomes: param.outcomes,
    consumerRelations,
  },
  tighten: { consecutiveFailures: "at_least", failedOutcomes: "subset", consumerRelations: "subset" },
  compile(entry) {
    return {
      check({ scenario }, at) {
        if (!isThirdParty(entry, scenario)) return undefined;
        if (scenario.flags.debtorDeceased === true || scenario.flags.debtorIncapacitated === true)
          return undefined;
        const attempts = scenario.history
          .filter(
            (past) => (past.target ?? "borrower") === "borrower" && entry.channels.includes(past.channel),
          )
          .filter(
            (past) => past.at <= at && (isOutbound(past) || !entry.failedOutcomes.includes(past.outcome)),
          )
          .sort((a, b) => b.at - a.at);
        let streak = 0;
        for (const past of attempts) {
          if (!isOutbound(past) || !entry.failedOutcomes.includes(past.outcome)) break;
          streak++;
        }
        if (streak >= entry.consecutiveFailures) return undefined;
        return {
          effect: "deny",
          message: {
            en: `the debtor is reachable: ${streak} of ${entry.consecutiveFailures} consecutive failed attempts`,
            zh: `借款人未失联（连续未接通${streak}次，少于${entry.consecutiveFailures}次），不得联系第三方`,
          },
        };
      },
    };
  },
});

/** Nothing about the debt is told to a third party. */
export const thirdPartyDisclosureRule = defineRule({
  type: "third-party-disclosure",
  kind: "third_party",
  summary: "Nothing about the debt is told to a third party.",
  citations: ["US-REGF-LOCATION", "US-REGF-3P", "CN-GBT-CONTACT-DISCLOSE", "CN-CBA-3P-LIMITS"],
  params: {
    messageFlags: z.array(z.enum(["disclosesDebtDetails", "mentionsDebt"])).min(1),
    consumerRelations,
  },
  tighten: { messageFlags: "superset", consumerRelations: "subset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (!isThirdParty(entry, scenario)) return undefined;
        const message = scenario.message;
        if (message === undefined || !entry.messageFlags.some((flag) => message[flag] === true))
          return undefined;
        return {
          effect: "deny",
          message: { en: "the message tells a third party about the debt", zh: "不得向第三方透露债务信息" },
        };
      },
    };
  },
});

/** A third party who refused further contact is never contacted again. */
export const thirdPartyRefusalRule = defineRule({
  type: "third-party-refusal",
  kind: "third_party",
  summary: "A third party who refused further contact is never contacted again.",
  citations: ["CN-GBT-CONTACT-STOP", "CN-CBA-3P-LIMITS", "US-REGF-LOCATION"],
  params: { consumerRelations },
  tighten: { consumerRelations: "subset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (!isThirdParty(entry, scenario) || scenario.thirdPartyId === undefined) return undefined;
        if (!scenario.flags.thirdPartyRefused?.includes(scenario.thirdPartyId)) return undefined;
        return {
          effect: "deny",
          message: { en: "this third party asked not to be contacted", zh: "该第三方已拒绝再被联系" },
        };
      },
    };
  },
});
