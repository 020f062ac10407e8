import type { ContactFlags } from "@faircollect/domain/policy/scenario-schema";
import type { Channel } from "@faircollect/domain/policy/vocabulary";
import { activeHolds } from "@faircollect/domain/records/holds";
import type { HoldKind, HoldState } from "@faircollect/domain/records/vocabulary";
import type { HoldFacts, PreferenceFacts } from "./decision-store.js";

/**
 * The engine's flags from the borrower's stored protections and preferences as
 * they stand at the instant decided. Holds scoped to another account do not apply.
 */
export function borrowerFlags(
  holdRows: readonly HoldFacts[],
  preferences: PreferenceFacts | undefined,
  accountId: string,
  at: string,
): ContactFlags {
  const rows = holdRows
    .filter((h) => h.account_id === null || h.account_id === accountId)
    .map((h) => ({
      ...h,
      kind: h.kind as HoldKind,
      state: h.state as HoldState,
      accountId: h.account_id,
      effectiveFrom: h.effective_from,
      recordedAt: h.recorded_at,
    }));
  const flags: ContactFlags = {};
  for (const hold of activeHolds(rows, at)) {
    const since = Date.parse(hold.effective_from);
    switch (hold.kind) {
      case "cease":
        Object.assign(flags, {
          ceaseRequested: true,
          ceaseReceivedAt: since,
          ceaseInWriting: hold.in_writing === 1,
        });
        break;
      case "dispute":
        Object.assign(flags, { disputePending: true, disputeInWriting: hold.in_writing === 1 });
        break;
      case "attorney":
        Object.assign(flags, {
          attorneyRepresented: true,
          attorneyContactKnown: hold.attorney_contact_sealed !== null,
        });
        break;
      case "vulnerability":
        Object.assign(flags, {
          vulnerable: true,
          ...(hold.vulnerability_type ? { vulnerabilityType: hold.vulnerability_type } : {}),
        });
        break;
      case "complaint_hold":
        // A complaint under investigation pauses collection until it is resolved (the packs' complaint-hold rule).
        flags.complaintHold = true;
        break;
    }
  }
  if (preferences) {
    const optedOut = JSON.parse(preferences.opted_out_channels) as Channel[];
    const times = JSON.parse(preferences.inconvenient_times) as { from: string; to: string }[];
    if (optedOut.length) flags.optedOutChannels = optedOut;
    if (times.length) flags.designatedInconvenientTimes = times;
  }
  return flags;
}
