import type { User } from "@faircollect/contract";
import type { Role } from "@faircollect/domain/records/vocabulary";
import type { Row } from "../../store/database.js";

/** A user as the API shows it; the password hash never leaves the store. */
export function userView(row: Row<"users">): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    displayName: row.display_name,
    agencyId: row.agency_id,
    borrowerId: row.borrower_id,
    certifiedUntil: row.certified_until,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}
