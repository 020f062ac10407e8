import type { PolicyPack } from "./pack-schema.js";
import type { ContactScenario } from "./scenario-schema.js";
import { zoneCalendar } from "./time/zone-calendar.js";

/** One cap's state for a planned contact: the rule, its limit, what is used and what is left. */
export type CapState = { rule: string; limit: number; used: number; remaining: number; window: string };

/** How full each cap of the pack is for a contact like `scenario` on the day of its `attemptAt`. */
export function capUsage(scenario: ContactScenario, pack: PolicyPack): CapState[] {
  const ctx = { scenario, calendar: zoneCalendar(scenario.borrowerTimeZone) };
  return pack.rules.flatMap((rule) => {
    const usage = rule.usage?.(ctx, scenario.attemptAt);
    if (!usage) return [];
    return [
      {
        rule: rule.id,
        limit: usage.limit,
        used: usage.used,
        remaining: Math.max(0, usage.limit - usage.used),
        window: `${usage.windowDays} calendar day(s)`,
      },
    ];
  });
}
