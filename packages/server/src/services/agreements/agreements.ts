import type { Agreement, amendAgreementBody, createAgreementBody } from "@faircollect/contract";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Db, Row } from "../../store/database.js";
import type { Actor } from "../actor.js";
import { invalid, notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { mustExist } from "../must-exist.js";

type Status = Agreement["status"];

function view(row: Row<"agreements">, now: string): Agreement {
  return {
    id: row.id,
    agencyId: row.agency_id,
    version: row.version,
    purposes: JSON.parse(row.purposes),
    fields: JSON.parse(row.fields),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    onwardTransferConsent: row.onward_transfer_consent === 1,
    status: row.status as Status,
    inForce: row.status === "active" && row.valid_from <= now && now < row.valid_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The agreement under which an agency may process borrowers' data at `now`, if any. */
export async function agreementInForce(
  db: Db,
  agencyId: string,
  now: string,
): Promise<Agreement | undefined> {
  const row = await db
    .selectFrom("agreements")
    .selectAll()
    .where("agency_id", "=", agencyId)
    .where("status", "=", "active")
    .where("valid_from", "<=", now)
    .where("valid_until", ">", now)
    .orderBy("valid_until", "desc")
    .executeTakeFirst();
  return row ? view(row, now) : undefined;
}

/** Records a data-sharing agreement with an agency (PIPL Art. 21 entrusted processing). */
export async function createAgreement(
  deps: ServiceDeps,
  actor: Actor,
  input: z.infer<typeof createAgreementBody>,
): Promise<Agreement> {
  const now = deps.clock().toISOString();
  const row = {
    id: deps.newId(),
    agency_id: input.agencyId,
    version: 1,
    purposes: JSON.stringify(input.purposes),
    fields: JSON.stringify(input.fields),
    valid_from: new Date(input.validFrom).toISOString(),
    valid_until: new Date(input.validUntil).toISOString(),
    onward_transfer_consent: input.onwardTransferConsent ? 1 : 0,
    status: "active",
    created_at: now,
    updated_at: now,
  };
  await deps.store.db.transaction().execute(async (trx) => {
    await mustExist(trx, "agencies", input.agencyId, "agencyId");
    await trx.insertInto("agreements").values(row).execute();
    await appendEntries(trx, [
      {
        type: "agreement.changed",
        v: 1,
        at: now,
        actor: actor.userId,
        agreementId: row.id,
        agencyId: row.agency_id,
        change: "created",
        validFrom: row.valid_from,
        validUntil: row.valid_until,
      },
    ]);
  });
  // Committed: an agency user's cached credential picks up the new agreement.
  deps.credentials?.clear();
  return view(row, now);
}

/** Every agreement, newest first. */
export async function listAgreements(deps: ServiceDeps): Promise<Agreement[]> {
  const now = deps.clock().toISOString();
  const rows = await deps.store.db
    .selectFrom("agreements")
    .selectAll()
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((row) => view(row, now));
}

/** Changes an agreement's terms or status; the next request of the agency's users sees the change. */
export async function amendAgreement(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof amendAgreementBody>,
): Promise<Agreement> {
  const now = deps.clock().toISOString();
  const changed = await deps.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("agreements").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("agreement");
    if (row.status === "terminated") throw invalid("status", "a terminated agreement cannot change");
    const validUntil = input.validUntil ? new Date(input.validUntil).toISOString() : row.valid_until;
    if (validUntil <= row.valid_from) throw invalid("validUntil", "must lie after validFrom");
    const next = {
      ...row,
      version: row.version + 1,
      purposes: input.purposes ? JSON.stringify(input.purposes) : row.purposes,
      fields: input.fields ? JSON.stringify(input.fields) : row.fields,
      valid_until: validUntil,
      onward_transfer_consent:
        input.onwardTransferConsent === undefined
          ? row.onward_transfer_consent
          : input.onwardTransferConsent
            ? 1
            : 0,
      status: input.status ?? row.status,
      updated_at: now,
    };
    await trx.updateTable("agreements").set(next).where("id", "=", id).execute();
    const change =
      input.status === "terminated"
        ? "terminated"
        : input.status === "suspended"
          ? "suspended"
          : input.status === "active" && row.status === "suspended"
            ? "resumed"
            : "amended";
    await appendEntries(trx, [
      {
        type: "agreement.changed",
        v: 1,
        at: now,
        actor: actor.userId,
        agreementId: id,
        agencyId: row.agency_id,
        change,
        validUntil,
      },
    ]);
    return view(next, now);
  });
  // Committed: whoever a cached credential stands for is read afresh.
  deps.credentials?.clear();
  return changed;
}
