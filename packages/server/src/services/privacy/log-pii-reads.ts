import type { PersonalField } from "@faircollect/domain/records/disclosure";
import type { Role } from "@faircollect/domain/records/vocabulary";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Actor } from "../actor.js";
import type { ServiceDeps } from "../deps.js";

/** One borrower's personal fields that a request showed. */
export type PiiRead = { borrowerId: string; fields: readonly PersonalField[] };

const defaultPurpose: Record<Role, string> = {
  collector: "collection",
  supervisor: "supervision",
  borrower: "self_service",
  auditor: "oversight",
  admin: "administration",
};

/** The purpose a read is logged under: the one the caller stated, else their role's ordinary one. */
export function purposeOf(actor: Actor): string {
  return actor.purpose ?? defaultPurpose[actor.role];
}

/**
 * Logs every read of personal data as a `pii.read` ledger entry (who, which
 * borrower, which fields, purpose, when) and raises an alert once an hour when
 * one user has read more distinct borrowers in the last hour than the policy allows.
 */
export async function logPiiReads(deps: ServiceDeps, actor: Actor, reads: readonly PiiRead[]): Promise<void> {
  const shown = reads.filter((r) => r.fields.length > 0);
  if (shown.length === 0) return;
  const now = deps.clock();
  const at = now.toISOString();
  const purpose = purposeOf(actor);
  await deps.store.db.transaction().execute(async (trx) => {
    await appendEntries(
      trx,
      shown.map((r) => ({
        type: "pii.read" as const,
        v: 1 as const,
        at,
        actor: actor.userId,
        subjectType: "borrower" as const,
        subjectId: r.borrowerId,
        // Ledger codes are lowercase: nationalId is logged as national_id.
        fields: r.fields.map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
        purpose,
      })),
    );
    await trx
      .insertInto("pii_reads")
      .values(shown.map((r) => ({ id: deps.newId(), user_id: actor.userId, borrower_id: r.borrowerId, at })))
      .execute();
    const limit = deps.readAlerts?.borrowersPerHour;
    if (limit === undefined) return;
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    const read = await trx
      .selectFrom("pii_reads")
      .select(({ fn }) => fn.count<number>("borrower_id").distinct().as("n"))
      .where("user_id", "=", actor.userId)
      .where("at", ">", hourAgo)
      .executeTakeFirstOrThrow();
    if (Number(read.n) <= limit) return;
    const raised = await trx
      .selectFrom("alerts")
      .select("id")
      .where("user_id", "=", actor.userId)
      .where("kind", "=", "bulk_pii_reads")
      .where("created_at", ">", hourAgo)
      .executeTakeFirst();
    if (raised) return;
    await trx
      .insertInto("alerts")
      .values({
        id: deps.newId(),
        kind: "bulk_pii_reads",
        user_id: actor.userId,
        detail: JSON.stringify({ borrowersInLastHour: Number(read.n), limit }),
        created_at: at,
      })
      .execute();
  });
}
