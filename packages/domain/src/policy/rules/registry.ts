import type { RuleDefinition } from "../define-rule.js";
import { entrustmentRule, subEntrustmentRule } from "./agreement.js";
import { attorneyRule } from "./attorney.js";
import { ceaseRule } from "./cease.js";
import { blockedChannelRule, obligationRule, optOutNoticeRule, timeBarredRule } from "./content.js";
import { afterOutcomeRule, redialSpacingRule } from "./cooldown.js";
import { disputeRule } from "./dispute.js";
import { capRule } from "./frequency.js";
import { hoursRule } from "./hours.js";
import { optOutRule } from "./opt-out.js";
import { designatedTimesRule, employerEmailRule, workplaceRule } from "./preference.js";
import {
  thirdPartyDisclosureRule,
  thirdPartyOnceRule,
  thirdPartyPurposeRule,
  thirdPartyReachabilityRule,
  thirdPartyRefusalRule,
  thirdPartySourceRule,
} from "./third-party.js";
import { visitTeamRule } from "./visit.js";
import { vulnerableRule } from "./vulnerable.js";

/** Every rule type a pack may use, by the `type` its entries name. */
export const RULE_TYPES: ReadonlyMap<string, RuleDefinition> = new Map(
  [
    hoursRule,
    designatedTimesRule,
    workplaceRule,
    employerEmailRule,
    optOutRule,
    optOutNoticeRule,
    blockedChannelRule,
    timeBarredRule,
    obligationRule,
    ceaseRule,
    disputeRule,
    attorneyRule,
    vulnerableRule,
    thirdPartyPurposeRule,
    thirdPartyOnceRule,
    thirdPartySourceRule,
    thirdPartyReachabilityRule,
    thirdPartyDisclosureRule,
    thirdPartyRefusalRule,
    capRule,
    afterOutcomeRule,
    redialSpacingRule,
    visitTeamRule,
    entrustmentRule,
    subEntrustmentRule,
  ].map((rule) => [rule.type, rule]),
);
