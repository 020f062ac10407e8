import type { Role } from "@faircollect/domain/records/vocabulary";

/** Who is asking: the authenticated user (or the user an API token acts for). */
export type Actor = Readonly<{
  userId: string;
  role: Role;
  agencyId: string | null;
  borrowerId: string | null;
}>;
