import type { RuleDefinition } from "../define-rule.js";
import { entrustmentRule, outsourcingNoticeRule, subEntrustmentRule } from "./agreement.js";
import { attorneyRule } from "./attorney.js";
import { ceaseRule } from "./cease.js";
import { complaintHoldRule } from "./complaint-hold.js";
import { blockedChannelRule, obligationRule, requiredStatementRule, timeBarredRule } from "./content.js";
import { afterOutcomeRule, noticeBeforeReportingRule, redialSpacingRule } from "./cooldown.js";
import { disputeRule, validationNoticeRule } from "./dispute.js";
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
    requiredStatementRule,
    blockedChannelRule,
    timeBarredRule,
    obligationRule,
    ceaseRule,
    disputeRule,
    validationNoticeRule,
    complaintHoldRule,
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
    noticeBeforeReportingRule,
    visitTeamRule,
    entrustmentRule,
    subEntrustmentRule,
    outsourcingNoticeRule,
  ].map((rule) => [rule.type, rule]),
);
