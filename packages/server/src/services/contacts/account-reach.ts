import type { Actor } from "../actor.js";
import type { AccountFacts } from "./decision-store.js";

/**
 * Need-to-know on one account already read, for the synchronous SQLite path:
 * the same rule as `scopeAccounts` (services/access.ts) applied in memory, so a
 * decision costs one primary-key read instead of a query built per request.
 * A test keeps the two in step over every kind of actor.
 */
export function canReachAccount(actor: Actor, account: AccountFacts): boolean {
  switch (actor.role) {
    case "supervisor":
    case "auditor":
      return true;
    case "collector":
      if (account.collector_id !== actor.userId) return false;
      if (!actor.agencyId) return true;
      // INVARIANT: an agency's user reaches its placed accounts only under an agreement in force.
      return Boolean(actor.grant) && account.agency_id === actor.agencyId;
    case "borrower":
      return account.borrower_id === (actor.borrowerId ?? "");
    default:
      return false;
  }
}
