import type { HistoryEntry } from "@faircollect/domain/policy/scenario-schema";
import type { Channel, Outcome, Target } from "@faircollect/domain/policy/vocabulary";
import type { ContactRecord, PendingRecord } from "./decision-store.js";

/** How long an allowed contact without an outcome counts as if it connected. */
export type InFlightPolicy = { minutes: number };

/** The outcome an allowed contact is counted as until the dialer or provider reports one. */
function assumedOutcome(channel: string): Outcome {
  if (channel === "call") return "connected";
  if (channel === "visit") return "visit_done";
  return "sent";
}

/** A recorded contact as the engine reads it. */
export function historyOfContact(row: ContactRecord): HistoryEntry {
  return {
    channel: row.channel as Channel,
    at: Date.parse(row.at),
    outcome: row.outcome as Outcome,
    ...(row.number_index ? { number: row.number_index } : {}),
    actor: row.actor,
    debtId: row.account_id,
    target: row.target as Target,
    ...(row.third_party_id ? { thirdPartyId: row.third_party_id } : {}),
    purpose: row.purpose,
    direction: row.direction as "outbound" | "inbound",
  };
}

/**
 * An allowed decision with no outcome yet. INVARIANT: it counts against every
 * cap as if it connected, so two dialers cannot both take the last slot; once
 * the in-flight time has passed without an outcome it still counts as a placed
 * attempt (no answer), never as nothing.
 */
export function historyOfPendingDecision(
  row: PendingRecord,
  now: number,
  inFlight: InFlightPolicy,
): HistoryEntry {
  const at = Date.parse(row.at);
  const expired = now - Math.max(at, Date.parse(row.decided_at)) > inFlight.minutes * 60_000;
  return {
    channel: row.channel as Channel,
    at,
    outcome: expired && row.channel === "call" ? "no_answer" : assumedOutcome(row.channel),
    ...(row.number_index ? { number: row.number_index } : {}),
    actor: row.actor,
    debtId: row.account_id,
    target: row.target as Target,
    ...(row.third_party_id ? { thirdPartyId: row.third_party_id } : {}),
    purpose: row.purpose,
    direction: "outbound",
  };
}
