// Waiting periods: after a conversation, and between redials of a number that did not answer.
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";
import { covers, isOutbound, isSameDebt, isSamePerson, isWithinConsent } from "./scope.js";

const MINUTE_MS = 60_000;

/** After a conversation about the debt, no call until the day after the waiting period (conversation day = day 1). */
export const afterOutcomeRule = defineRule({
  type: "after-outcome",
  kind: "cooldown",
  summary:
    "After a conversation about the debt, no call until the waiting period of calendar days has passed.",
  citations: ["US-REGF-7AFTERCONV"],
  params: {
    channels: param.channels,
    targets: param.targets,
    outcomes: param.outcomes,
    days: param.positive,
    consentExcludedDays: param.positive.optional(),
  },
  tighten: { channels: "superset", targets: "superset", outcomes: "superset", days: "at_least" },
  compile(entry) {
    return {
      check(ctx, at) {
        const { scenario, calendar } = ctx;
        if (!covers(entry, scenario)) return undefined;
        const consentDays = entry.consentExcludedDays;
        if (consentDays !== undefined && isWithinConsent(scenario, at, consentDays, calendar)) {
          return undefined;
        }
        let latest = Number.NEGATIVE_INFINITY;
        for (const past of scenario.history) {
          // Either direction: a conversation the borrower started counts too.
          if (past.at > at || past.at <= latest || !entry.outcomes.includes(past.outcome)) continue;
          if (
            entry.channels.includes(past.channel) &&
            isSamePerson(past, scenario) &&
            isSameDebt(past, scenario)
          ) {
            latest = past.at;
          }
        }
        if (latest === Number.NEGATIVE_INFINITY) return undefined;
        const reopens = calendar.dayOf(latest) + entry.days;
        if (calendar.dayOf(at) >= reopens) return undefined;
        return {
          effect: "defer",
          retryAt: calendar.startOfDay(reopens),
          message: {
            en: `a conversation about this debt took place within the last ${entry.days} calendar days (its day counts as day 1)`,
            zh: `${entry.days}个自然日内（通话当日为第1天）已与借款人就该债务通话`,
          },
        };
      },
    };
  },
});

/** A number that just went unanswered is not redialled for a few minutes (FairCollect policy, not law). */
export const redialSpacingRule = defineRule({
  type: "redial-spacing",
  kind: "cooldown",
  summary: "A number that just went unanswered is not redialled for a few minutes.",
  citations: ["US-REGF-PATTERN"],
  params: { channels: param.channels, outcomes: param.outcomes, minutes: param.positive },
  tighten: { channels: "superset", outcomes: "superset", minutes: "at_least" },
  compile(entry) {
    const spacing = entry.minutes * MINUTE_MS;
    return {
      check({ scenario }, at) {
        if (!entry.channels.includes(scenario.channel) || scenario.number === undefined) return undefined;
        let retryAt: number | undefined;
        for (const past of scenario.history) {
          if (past.number !== scenario.number || past.at > at || at - past.at >= spacing) continue;
          if (!isOutbound(past) || !entry.outcomes.includes(past.outcome)) continue;
          if (!entry.channels.includes(past.channel)) continue;
          retryAt = Math.max(retryAt ?? 0, past.at + spacing);
        }
        if (retryAt === undefined) return undefined;
        return {
          effect: "defer",
          retryAt,
          message: {
            en: `this number went unanswered less than ${entry.minutes} minutes ago`,
            zh: `该号码${entry.minutes}分钟内曾未接通，请稍后再拨`,
          },
        };
      },
    };
  },
});
