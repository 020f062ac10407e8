import type { Role } from "@faircollect/domain/records/vocabulary";

/** The terms under which an agency's user may touch personal data right now. */
export type AgencyGrant = Readonly<{
  agreementId: string;
  purposes: readonly string[];
  fields: readonly string[];
  /** Whether the lender consented to the agency passing data on (sub-entrustment). */
  onwardTransfer: boolean;
}>;

/**
 * Who is asking: the authenticated user (or the user an API token acts for),
 * with what the request is for. An agency's user carries the grant of the
 * agreement in force at this request; without one they reach nothing.
 */
export type Actor = Readonly<{
  userId: string;
  role: Role;
  agencyId: string | null;
  borrowerId: string | null;
  /** For an agency's user: the agreement in force at this request, or null when none is. */
  grant?: AgencyGrant | null;
  /** The purpose the caller stated for this request (header `x-purpose`), if any. */
  purpose?: string | null;
}>;
