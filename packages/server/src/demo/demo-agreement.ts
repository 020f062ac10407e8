import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import type { Database } from "../store/database.js";

const DAY = 86_400_000;

/**
 * The demo's data-sharing agreement with an agency: collection and reminders,
 * name, phones and address (agency C: name and phones only), running from a
 * month ago for a year. Without it the agency's collectors would reach nothing.
 */
export function demoAgreement(
  id: string,
  agencyId: string,
  code: string,
  now: Date,
): { row: Database["agreements"]; entry: LedgerEntry } {
  const at = now.toISOString();
  const validFrom = new Date(now.getTime() - 30 * DAY).toISOString();
  const validUntil = new Date(now.getTime() + 365 * DAY).toISOString();
  return {
    row: {
      id,
      agency_id: agencyId,
      version: 1,
      purposes: JSON.stringify(["collection", "repayment_reminder", "location_info"]),
      fields: JSON.stringify(code === "C" ? ["name", "phones"] : ["name", "phones", "address"]),
      valid_from: validFrom,
      valid_until: validUntil,
      onward_transfer_consent: 0,
      status: "active",
      created_at: at,
      updated_at: at,
    },
    entry: {
      type: "agreement.changed",
      v: 1,
      at,
      actor: "system",
      agreementId: id,
      agencyId,
      change: "created",
      validFrom,
      validUntil,
    },
  };
}
