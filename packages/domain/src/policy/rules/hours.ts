// Contact only inside the permitted local hours of the borrower, in every zone the borrower may be in.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { minuteOfDay } from "../time/wall-clock.js";
import { zoneCalendar } from "../time/zone-calendar.js";
import { param } from "./params.js";
import { isWithinConsent } from "./scope.js";

/** Permitted hours as a half-open local window [from, to): `to` itself is outside (rules.md §1.1–1.2). */
export const hoursRule = defineRule({
  type: "hours",
  kind: "hours",
  summary:
    "Contact only inside the permitted local hours of the borrower, in every zone the borrower may be in.",
  citations: ["US-REGF-HOURS", "US-REGF-TZ-AMBIG", "CN-GBT-HOURS", "CN-CBA-HOURS"],
  params: {
    from: param.wallClock,
    to: param.wallClock,
    channels: param.channels,
    // Direct prior consent lifts the window for this many calendar days, consent day = day 1; absent: never.
    consentValidDays: param.positive.optional(),
    allPossibleZones: z.boolean(),
    ambiguityCitation: z.enum(["US-REGF-TZ-AMBIG", "CN-GBT-HOURS", "CN-CBA-HOURS"]).optional(),
  },
  tighten: {
    from: "not_earlier",
    to: "not_later",
    channels: "superset",
    consentValidDays: "at_most",
    allPossibleZones: "only_true",
  },
  compile(entry) {
    const open = minuteOfDay(entry.from);
    const close = minuteOfDay(entry.to);
    return {
      check(ctx, at) {
        const { scenario } = ctx;
        if (!entry.channels.includes(scenario.channel)) return undefined;
        const days = entry.consentValidDays;
        if (days !== undefined && isWithinConsent(scenario, at, days, ctx.calendar)) return undefined;
        let retryAt = Number.NEGATIVE_INFINITY;
        let blockedZone: string | undefined;
        let borrowerBlocked = false;
        const others = entry.allPossibleZones ? (scenario.flags.possibleTimeZones ?? []) : [];
        for (let i = -1; i < others.length; i++) {
          const calendar = i < 0 ? ctx.calendar : zoneCalendar(others[i]!);
          const day = calendar.dayOf(at);
          const opensAt = calendar.wallTime(day, open);
          if (at >= opensAt && at < calendar.wallTime(day, close)) continue;
          retryAt = Math.max(retryAt, at < opensAt ? opensAt : calendar.wallTime(day + 1, open));
          blockedZone ??= calendar.zone;
          if (i < 0) borrowerBlocked = true;
        }
        if (blockedZone === undefined) return undefined;
        const window = `${entry.from}–${entry.to}`;
        return {
          effect: "defer",
          retryAt,
          citation: borrowerBlocked ? entry.citation : (entry.ambiguityCitation ?? entry.citation),
          message: {
            en: `outside the permitted hours ${window} local time in ${blockedZone}`,
            zh: `不在借款人当地时间（${blockedZone}）${window}的允许时段内`,
          },
        };
      },
    };
  },
});
