import { type Disclosure, disclosureFor } from "@faircollect/domain/records/disclosure";
import type { SelectQueryBuilder } from "kysely";
import type { Database, Db } from "../store/database.js";
import type { Actor } from "./actor.js";
import { notFound } from "./app-error.js";

/**
 * Need-to-know on accounts: a collector sees what is assigned to them (and, for an
 * agency's collector, only while it is placed with that agency and the agency's
 * data-sharing agreement is in force); a borrower sees
 * their own; supervisors and auditors see all. Everyone else sees nothing.
 */
export function scopeAccounts<O>(
  query: SelectQueryBuilder<Database, "accounts", O>,
  actor: Actor,
): SelectQueryBuilder<Database, "accounts", O> {
  switch (actor.role) {
    case "supervisor":
    case "auditor":
      return query;
    case "collector": {
      const mine = query.where("accounts.collector_id", "=", actor.userId);
      if (!actor.agencyId) return mine;
      // INVARIANT: an agency's user reaches its placed accounts only under an agreement in force.
      if (!actor.grant) return query.where(({ lit }) => lit(false));
      return mine.where("accounts.agency_id", "=", actor.agencyId);
    }
    case "borrower":
      return query.where("accounts.borrower_id", "=", actor.borrowerId ?? "");
    default:
      return query.where(({ lit }) => lit(false));
  }
}

/**
 * Throws NOT_FOUND unless the actor may reach the borrower; unreachable and
 * absent look the same so that ids of other agencies' borrowers leak nothing.
 */
export async function assertBorrowerReach(db: Db, actor: Actor, borrowerId: string): Promise<void> {
  if (actor.role === "supervisor" || actor.role === "auditor") {
    const found = await db
      .selectFrom("borrowers")
      .select("id")
      .where("id", "=", borrowerId)
      .executeTakeFirst();
    if (found) return;
  } else if (actor.role === "borrower" && actor.borrowerId === borrowerId) {
    return;
  } else if (actor.role === "collector") {
    const found = await scopeAccounts(db.selectFrom("accounts").select("id"), actor)
      .where("accounts.borrower_id", "=", borrowerId)
      .executeTakeFirst();
    if (found) return;
  }
  throw notFound("borrower");
}

/** What of a borrower's personal data this actor may see, and how (full, masked, pseudonyms). */
export function disclosureOf(actor: Actor): Disclosure {
  return disclosureFor({
    role: actor.role,
    agencyId: actor.agencyId,
    grantedFields: actor.grant?.fields ?? null,
    purpose: actor.purpose ?? null,
  });
}
