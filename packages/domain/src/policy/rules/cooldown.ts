// Waiting periods: after a conversation, between redials of a number that did not answer, and between a first
// notice and credit reporting.
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

/**
 * No credit reporting before the collector has spoken with the borrower about the debt, or has mailed a letter or
 * sent an electronic message and waited `waitDays` for a notice that it could not be delivered (Reg F comment
 * 30(a)(1)-2: 14 consecutive days after the mailing or send date). The days are the ones after the send date,
 * unlike the 7-day waiting period whose text makes the conversation's date day 1: a letter mailed on June 1 waits
 * June 2 to June 15 and clears reporting from the start of June 16 in the borrower's zone.
 * A validation notice is such a letter. With neither, reporting waits for an event (a letter sent), so the
 * deferral names no instant.
 */
export const noticeBeforeReportingRule = defineRule({
  type: "notice-before-reporting",
  kind: "cooldown",
  summary:
    "No credit reporting before speaking with the borrower, or a notice sent and a waiting period passed.",
  citations: ["US-REGF-PASSIVE"],
  params: {
    channels: param.channels,
    spokenChannels: param.channels,
    spokenOutcomes: param.outcomes,
    noticeChannels: param.channels,
    waitDays: param.positive,
  },
  tighten: {
    channels: "superset",
    spokenChannels: "subset",
    spokenOutcomes: "subset",
    noticeChannels: "subset",
    waitDays: "at_least",
  },
  compile(entry) {
    return {
      check({ scenario, calendar }, at) {
        if (!entry.channels.includes(scenario.channel)) return undefined;
        // The first notice, scheduled ones included, so a deferral can name the day reporting opens.
        let firstNotice = scenario.flags.validationNoticeSentAt ?? Number.POSITIVE_INFINITY;
        for (const past of scenario.history) {
          if ((past.target ?? "borrower") !== "borrower" || !isSameDebt(past, scenario)) continue;
          if (past.at <= at && entry.spokenChannels.includes(past.channel)) {
            if (entry.spokenOutcomes.includes(past.outcome)) return undefined;
          }
          if (entry.noticeChannels.includes(past.channel) && past.outcome === "sent" && isOutbound(past)) {
            firstNotice = Math.min(firstNotice, past.at);
          }
        }
        const opens =
          firstNotice === Number.POSITIVE_INFINITY
            ? undefined
            : calendar.startOfDay(calendar.dayOf(firstNotice) + entry.waitDays + 1);
        if (opens !== undefined && at >= opens) return undefined;
        return {
          effect: "defer",
          ...(opens === undefined ? {} : { retryAt: opens }),
          message: {
            en: `before reporting to a credit bureau, speak with the borrower or send a notice and wait ${entry.waitDays} days for it to come back undelivered`,
            zh: `向征信机构报送前，须先与借款人通话，或寄送通知并等待${entry.waitDays}日以确认未被退回`,
          },
        };
      },
    };
  },
});
