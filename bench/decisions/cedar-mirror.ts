// The same hours, caps and holds as the shipped packs, written as Cedar policies. Counts are precomputed into the
// Cedar context by a plain reference implementation (not the engine), so the agreement check is independent.

import type { Context } from "@cedar-policy/cedar-wasm/nodejs";
import type { ContactScenario } from "@faircollect/domain/policy/scenario-schema";
import { DateTime } from "luxon";

/** Cedar policy text for each pack, one forbid per FairCollect rule, each with the rule id as `@id`. */
export const CEDAR_POLICIES = {
  "us-reg-f": `
@id("permit-all") permit(principal, action, resource);
@id("inconvenient-time") forbid(principal, action, resource) when { context.localMinute < 480 || context.localMinute >= 1260 };
@id("calls-7-in-7") forbid(principal, action, resource) when { context.callsIn7Days >= 7 };
@id("call-after-conversation") forbid(principal, action, resource) when { context.conversationWithin7Days };
@id("cease-communication") forbid(principal, action, resource) when { context.cease };
@id("dispute-verification") forbid(principal, action, resource) when { context.dispute };
@id("attorney-represented") forbid(principal, action, resource) when { context.attorney };
@id("medium-opt-out") forbid(principal, action, resource) when { context.optedOut };
@id("complaint-hold") forbid(principal, action, resource) when { context.complaintHold };
@id("validation-notice-overdue") forbid(principal, action, resource) when { context.validationOverdue };
@id("ma-calls-texts-personal-numbers") forbid(principal, action, resource) when { context.inMassachusetts && context.maPersonalIn7Days >= 2 };
@id("ma-calls-texts-other-numbers") forbid(principal, action, resource) when { context.inMassachusetts && context.maOtherIn30Days >= 2 };
`,
  cn: `
@id("permit-all") permit(principal, action, resource);
@id("quiet-hours") forbid(principal, action, resource) when { context.localMinute < 480 || context.localMinute >= 1320 };
@id("connected-calls-per-day") forbid(principal, action, resource) when { context.connectedToday >= 3 };
@id("unanswered-attempts-per-number") forbid(principal, action, resource) when { context.unansweredToNumberToday >= 6 };
@id("channel-refused") forbid(principal, action, resource) when { context.optedOut };
@id("complaint-hold") forbid(principal, action, resource) when { context.complaintHold };
@id("outsourcing-notice") forbid(principal, action, resource) when { context.byAgency && context.outsourcingNoticeMissing };
`,
} as const;

const localDay = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).startOf("day");

// Massachusetts counts calls and texts the collector initiated that reached the person or their voicemail, per debt.
const MA_COUNTED = ["conversation", "connected", "voicemail_lcm", "sent"];

/**
 * The Cedar context of a US scenario: local minute, the 7-in-7 count, the conversation wait, the holds (cease,
 * dispute, attorney, complaint, overdue validation notice) and the Massachusetts call-and-text counts.
 */
export function usContext(s: ContactScenario): Context {
  const zone = s.borrowerTimeZone;
  const attempt = DateTime.fromMillis(s.attemptAt, { zone });
  const today = attempt.startOf("day");
  const windowStart = today.minus({ days: 6 }).toMillis();
  const calls = s.history.filter(
    (h) => h.channel === "call" && h.direction !== "inbound" && (h.debtId ?? "d1") === s.debtId,
  );
  const callsIn7Days = calls.filter(
    (h) => h.outcome !== "not_connected" && localDay(h.at, zone).toMillis() >= windowStart,
  ).length;
  const conversationWithin7Days = s.history.some(
    (h) =>
      h.channel === "call" &&
      h.outcome === "conversation" &&
      (h.debtId ?? "d1") === s.debtId &&
      h.at <= s.attemptAt &&
      today.diff(localDay(h.at, zone), "days").days < 7,
  );
  const initial = s.flags.initialCommunicationAt;
  const notice = s.flags.validationNoticeSentAt;
  const noticeDue = initial === undefined ? undefined : localDay(initial, zone).plus({ days: 6 }).toMillis();
  const validationOverdue =
    noticeDue !== undefined &&
    s.attemptAt >= noticeDue &&
    (notice === undefined || (notice >= noticeDue && notice > s.attemptAt));
  const maCounted = s.history.filter(
    (h) =>
      (h.channel === "call" || h.channel === "sms") &&
      h.direction !== "inbound" &&
      MA_COUNTED.includes(h.outcome) &&
      (h.debtId ?? "d1") === s.debtId,
  );
  const since = (days: number) => today.minus({ days: days - 1 }).toMillis();
  const toWork = (type: string | undefined) => type === "work";
  return {
    localMinute: attempt.hour * 60 + attempt.minute,
    callsIn7Days,
    conversationWithin7Days,
    cease: s.flags.ceaseRequested === true,
    dispute: s.flags.disputePending === true,
    attorney: s.flags.attorneyRepresented === true,
    optedOut: s.flags.optedOutChannels?.includes(s.channel) ?? false,
    complaintHold: s.flags.complaintHold === true,
    validationOverdue,
    inMassachusetts: s.borrowerState === "MA",
    maPersonalIn7Days: toWork(s.numberType)
      ? 0
      : maCounted.filter((h) => !toWork(h.numberType) && localDay(h.at, zone).toMillis() >= since(7)).length,
    maOtherIn30Days: toWork(s.numberType)
      ? maCounted.filter((h) => toWork(h.numberType) && localDay(h.at, zone).toMillis() >= since(30)).length
      : 0,
  };
}

/**
 * The Cedar context of a CN scenario: local minute, connected calls today, unanswered attempts to the number,
 * the refusal and the holds (complaint, outsourcing notice not sent).
 */
export function cnContext(s: ContactScenario): Context {
  const zone = s.borrowerTimeZone;
  const attempt = DateTime.fromMillis(s.attemptAt, { zone });
  const today = attempt.startOf("day").toMillis();
  const isToday = (ms: number) => localDay(ms, zone).toMillis() === today;
  const calls = s.history.filter((h) => h.channel === "call" && h.direction !== "inbound" && isToday(h.at));
  return {
    localMinute: attempt.hour * 60 + attempt.minute,
    connectedToday: calls.filter((h) => h.outcome === "connected" || h.outcome === "conversation").length,
    unansweredToNumberToday: calls.filter(
      (h) => h.number === s.number && ["no_answer", "voicemail_lcm", "not_connected"].includes(h.outcome),
    ).length,
    optedOut: s.flags.optedOutChannels?.includes(s.channel) ?? false,
    complaintHold: s.flags.complaintHold === true,
    byAgency: s.actor.startsWith("agency:"),
    outsourcingNoticeMissing: s.flags.outsourcingNoticeSent === false,
  };
}
