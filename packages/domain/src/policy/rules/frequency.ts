// Caps on how many contacts of a kind fit in a run of calendar days in the borrower's zone.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import type { EvalContext } from "../rule.js";
import type { ContactScenario, HistoryEntry } from "../scenario-schema.js";
import { param } from "./params.js";
import { covers, isOutbound, isSameDebt, isSamePerson, isWithinConsent } from "./scope.js";

const numberTypeFilter = z.union([
  z.strictObject({ only: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ except: z.array(z.string().min(1)).min(1) }),
]);

// An unknown number type is taken as personal: it passes an `except` list and fails an `only` list.
function passes(filter: z.output<typeof numberTypeFilter>, numberType: string | undefined): boolean {
  if ("only" in filter) return numberType !== undefined && filter.only.includes(numberType);
  return numberType === undefined || !filter.except.includes(numberType);
}

/**
 * A cap of `max` counted contacts in any `windowDays` consecutive local calendar days; the next contact is
 * blocked when any window that would contain it is full. Scopes: one person about one debt (Reg F 7-in-7), one
 * person across all debts and actors (CN 3 connected calls a day), one number (CN 6 unanswered attempts a day).
 * `numberTypes` splits a cap by the kind of number (Massachusetts: personal numbers 2 in 7 days, others 2 in 30):
 * it covers the attempt, and counts the past contacts, whose number type passes it; an unknown type is personal,
 * except that a past contact to this attempt's own number has this attempt's type.
 */
/** A past contact's number type: as recorded, or else the attempt's when it went to the same number. */
function numberTypeOf(past: HistoryEntry, scenario: ContactScenario): string | undefined {
  if (past.numberType !== undefined) return past.numberType;
  return past.number !== undefined && past.number === scenario.number ? scenario.numberType : undefined;
}

export const capRule = defineRule({
  type: "cap",
  kind: "frequency",
  summary: "Caps on how many contacts of a kind fit in a run of calendar days in the borrower's zone.",
  citations: ["US-REGF-7IN7", "CN-GBT-FREQ", "CN-CBA-UNANSWERED", "US-MA-2IN7", "US-MA-VISIT"],
  params: {
    channels: param.channels,
    targets: param.targets,
    outcomes: param.outcomes,
    scope: z.enum(["person-debt", "person", "number"]),
    windowDays: param.positive,
    // At least 1: a cap of 0 is a blocked channel, and the search for the next open day relies on it.
    max: param.positive,
    consentExcludedDays: param.positive.optional(),
    numberTypes: numberTypeFilter.optional(),
    counted: param.bilingual,
  },
  tighten: {
    channels: "superset",
    targets: "superset",
    outcomes: "superset",
    windowDays: "at_least",
    max: "at_most",
  },
  compile(entry) {
    const { windowDays, max, numberTypes } = entry;
    const isCovered = (scenario: ContactScenario): boolean =>
      covers(entry, scenario) && (numberTypes === undefined || passes(numberTypes, scenario.numberType));
    const isCounted = (past: HistoryEntry, scenario: ContactScenario): boolean => {
      if (!entry.channels.includes(past.channel) || !entry.outcomes.includes(past.outcome)) return false;
      if (!isOutbound(past)) return false;
      if (numberTypes !== undefined && !passes(numberTypes, numberTypeOf(past, scenario))) return false;
      if (entry.scope === "number") return past.number === scenario.number;
      if (!isSamePerson(past, scenario)) return false;
      return entry.scope === "person" || isSameDebt(past, scenario);
    };
    const excludedByConsent = (ctx: EvalContext, at: number): boolean =>
      entry.consentExcludedDays !== undefined &&
      isWithinConsent(ctx.scenario, at, entry.consentExcludedDays, ctx.calendar);
    // The counted contacts' local days do not depend on the instant tried, so each decision scans history once
    // however many instants the search for nextAllowedAt tries.
    const countedDays = new WeakMap<EvalContext, number[]>();
    const daysOf = (ctx: EvalContext): number[] => {
      let days = countedDays.get(ctx);
      if (days === undefined) {
        days = [];
        const { scenario, calendar } = ctx;
        // Contacts before the earliest window that can hold the attempt (or any later instant tried) never count.
        const since = calendar.startOfDay(calendar.dayOf(scenario.attemptAt) - windowDays + 1);
        for (const past of scenario.history) {
          if (past.at < since || !isCounted(past, scenario) || excludedByConsent(ctx, past.at)) continue;
          days.push(calendar.dayOf(past.at));
        }
        countedDays.set(ctx, days);
      }
      return days;
    };
    // Whether some window of `windowDays` days that contains `day` already holds `max` counted contacts.
    const isFull = (days: readonly number[], day: number): boolean => {
      for (let end = day; end < day + windowDays; end++) {
        let count = 0;
        for (const d of days) if (d <= end && d > end - windowDays) count++;
        if (count >= max) return true;
      }
      return false;
    };
    return {
      usage(ctx, at) {
        if (!isCovered(ctx.scenario)) return undefined;
        if (entry.scope === "number" && ctx.scenario.number === undefined) return undefined;
        const today = ctx.calendar.dayOf(at);
        const used = daysOf(ctx).filter((d) => d <= today && d > today - windowDays).length;
        return { limit: max, used, windowDays };
      },
      check(ctx, at) {
        const { scenario, calendar } = ctx;
        if (!isCovered(scenario)) return undefined;
        if (entry.scope === "number" && scenario.number === undefined) return undefined;
        if (excludedByConsent(ctx, at)) return undefined;
        const days = daysOf(ctx);
        if (days.length < max) return undefined;
        const today = calendar.dayOf(at);
        if (!isFull(days, today)) return undefined;
        let next = today + 1;
        while (isFull(days, next)) next++;
        let placed = 0;
        for (const d of days) if (d <= today && d > today - windowDays) placed++;
        return {
          effect: "defer",
          retryAt: calendar.startOfDay(next),
          message: {
            en: `at most ${max} ${entry.counted.en} in ${windowDays} calendar day(s); ${placed} already`,
            zh: `${windowDays}个自然日内${entry.counted.zh}不得超过${max}次，已有${placed}次`,
          },
        };
      },
    };
  },
});
