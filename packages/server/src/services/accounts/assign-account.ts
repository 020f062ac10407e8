import type { Account } from "@faircollect/contract";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Actor } from "../actor.js";
import { notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { accountView } from "./account-view.js";
import { checkAssignment } from "./check-assignment.js";

/** Places an account with an agency and a collector (or takes it back); the change is in the ledger. */
export async function assignAccount(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  assignment: { agencyId: string | null; collectorId: string | null; outsourcingNoticeAt?: string },
): Promise<Account> {
  const now = deps.clock().toISOString();
  return deps.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("account");
    const { agencyId, collectorId } = assignment;
    await checkAssignment(trx, { agencyId, collectorId });
    // The debtor was told of one agency: a move to another needs a new notice.
    const notice =
      assignment.outsourcingNoticeAt !== undefined
        ? new Date(assignment.outsourcingNoticeAt).toISOString()
        : agencyId !== null && agencyId === row.agency_id
          ? row.outsourcing_notice_at
          : null;
    const changes = { agency_id: agencyId, collector_id: collectorId, outsourcing_notice_at: notice };
    await trx.updateTable("accounts").set(changes).where("id", "=", id).execute();
    await appendEntries(trx, [
      { type: "account.assigned", v: 1, at: now, actor: actor.userId, accountId: id, agencyId, collectorId },
    ]);
    return accountView({ ...row, ...changes });
  });
}
