import type { Account, createAccountBody } from "@faircollect/contract";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Actor } from "../actor.js";
import { AppError } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { mustExist } from "../must-exist.js";
import { accountNotices } from "./account-notices.js";
import { accountView } from "./account-view.js";
import { checkAssignment } from "./check-assignment.js";

/** Opens a debt account for an existing borrower, optionally placed with an agency and a collector. */
export async function createAccount(
  deps: ServiceDeps,
  actor: Actor,
  input: z.infer<typeof createAccountBody>,
): Promise<Account> {
  const now = deps.clock().toISOString();
  const row = {
    id: deps.newId(),
    ref: input.ref,
    borrower_id: input.borrowerId,
    product: input.product,
    principal_minor: input.principalMinor,
    outstanding_minor: input.outstandingMinor,
    currency: input.currency,
    due_date: input.dueDate,
    days_past_due: input.daysPastDue,
    status: input.status,
    agency_id: input.agencyId ?? null,
    collector_id: input.collectorId ?? null,
    created_at: now,
    ...accountNotices(input),
  };
  await deps.store.db.transaction().execute(async (trx) => {
    await mustExist(trx, "borrowers", input.borrowerId, "borrowerId");
    const clash = await trx
      .selectFrom("accounts")
      .select("id")
      .where("ref", "=", input.ref)
      .executeTakeFirst();
    if (clash) throw new AppError("CONFLICT", `an account with ref \`${input.ref}\` exists`);
    await checkAssignment(trx, { agencyId: row.agency_id, collectorId: row.collector_id });
    await trx.insertInto("accounts").values(row).execute();
    await appendEntries(trx, [
      {
        type: "account.created",
        v: 1,
        at: now,
        actor: actor.userId,
        accountId: row.id,
        borrowerId: row.borrower_id,
        agencyId: row.agency_id,
        collectorId: row.collector_id,
      },
    ]);
  });
  return accountView(row);
}
