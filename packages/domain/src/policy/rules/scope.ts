import type { ContactScenario, HistoryEntry } from "../scenario-schema.js";
import type { ZoneCalendar } from "../time/zone-calendar.js";
import type { Channel, Target } from "../vocabulary.js";

/** Whether a rule that covers these channels and targets speaks to this contact at all. */
export function covers(
  scope: { channels: readonly Channel[]; targets?: readonly Target[] | undefined },
  scenario: ContactScenario,
): boolean {
  return scope.channels.includes(scenario.channel) && (scope.targets?.includes(scenario.target) ?? true);
}

/** Whether a past contact reached the same person as this one; history without a target meant the borrower. */
export function isSamePerson(entry: HistoryEntry, scenario: ContactScenario): boolean {
  const target = entry.target ?? "borrower";
  if (target !== scenario.target) return false;
  return target !== "third_party" || entry.thirdPartyId === scenario.thirdPartyId;
}

/** Whether a past contact concerned this debt; an entry without a debt id is assumed to, erring strict. */
export function isSameDebt(entry: HistoryEntry, scenario: ContactScenario): boolean {
  return entry.debtId === undefined || scenario.debtId === undefined || entry.debtId === scenario.debtId;
}

/** Whether the contact was placed by the collector side (inbound calls never count against caps). */
export function isOutbound(entry: HistoryEntry): boolean {
  return entry.direction !== "inbound";
}

/** Whether the borrower's direct prior consent covers an instant: from the consent through its last valid day. */
export function isWithinConsent(
  scenario: ContactScenario,
  at: number,
  validDays: number,
  calendar: ZoneCalendar,
): boolean {
  const consentAt = scenario.flags.directPriorConsentAt;
  if (consentAt === undefined || at < consentAt) return false;
  return calendar.dayOf(at) - calendar.dayOf(consentAt) < validDays;
}
