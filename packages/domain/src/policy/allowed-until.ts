import type { PolicyPack } from "./pack-schema.js";
import type { ContactScenario } from "./scenario-schema.js";
import { formatInstant } from "./time/instant.js";
import { minuteOfDay } from "./time/wall-clock.js";
import { zoneCalendar } from "./time/zone-calendar.js";

type HoursEntry = { type: "hours"; to: string; channels: string[]; allPossibleZones: boolean };

/**
 * For a message the engine allowed at `attemptAt`: the instant after which a
 * provider must no longer deliver it — the earliest close of the permitted
 * hours in any zone the borrower may be in, or the start of a span the
 * borrower designated inconvenient, whichever comes first. Undefined when no
 * window closes within the day.
 */
export function allowedUntil(scenario: ContactScenario, pack: PolicyPack): string | undefined {
  const at = scenario.attemptAt;
  let until = Number.POSITIVE_INFINITY;
  const hours = pack.document.rules.filter(
    (rule): rule is typeof rule & HoursEntry =>
      rule.type === "hours" && (rule.channels as string[]).includes(scenario.channel),
  );
  for (const rule of hours) {
    const zones = [
      scenario.borrowerTimeZone,
      ...(rule.allPossibleZones ? (scenario.flags.possibleTimeZones ?? []) : []),
    ];
    for (const zone of zones) {
      const calendar = zoneCalendar(zone);
      const day = calendar.dayOf(at);
      const close = calendar.wallTime(day, minuteOfDay(rule.to));
      until = Math.min(until, close > at ? close : calendar.wallTime(day + 1, minuteOfDay(rule.to)));
    }
  }
  const calendar = zoneCalendar(scenario.borrowerTimeZone);
  const day = calendar.dayOf(at);
  for (const span of scenario.flags.designatedInconvenientTimes ?? []) {
    const start = calendar.wallTime(day, minuteOfDay(span.from));
    if (start > at) until = Math.min(until, start);
  }
  return Number.isFinite(until) ? formatInstant(until) : undefined;
}
