import type { hold, recordHoldBody } from "@faircollect/contract";
import { activeHolds } from "@faircollect/domain/records/holds";
import type { HoldKind, HoldState } from "@faircollect/domain/records/vocabulary";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { OwnerKeys } from "../../privacy/personal-data-codec.js";
import type { Row } from "../../store/database.js";
import { assertBorrowerReach, disclosureOf } from "../access.js";
import type { Actor } from "../actor.js";
import { forbidden, invalid } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { detectProtectionViolations } from "../violations/detect-protection-violations.js";

type Hold = z.infer<typeof hold>;

/** The protections a borrower may declare for themselves from the portal. */
const borrowerDeclarable: ReadonlySet<HoldKind> = new Set(["cease", "dispute", "attorney"]);

function holdView(row: Row<"holds">, keys: OwnerKeys, masked: boolean): Hold {
  const erased = keys.isErased(row.borrower_id);
  const open = (field: string, sealed: string | null) =>
    sealed === null || erased
      ? null
      : masked
        ? "***"
        : keys.open(sealed, { owner: row.borrower_id, table: "holds", id: row.id, field });
  return {
    id: row.id,
    borrowerId: row.borrower_id,
    accountId: row.account_id,
    kind: row.kind as HoldKind,
    state: row.state as HoldState,
    effectiveFrom: row.effective_from,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    inWriting: row.in_writing === 1,
    vulnerabilityType: row.vulnerability_type as Hold["vulnerabilityType"],
    attorneyContact: open("attorney_contact", row.attorney_contact_sealed),
    note: open("note", row.note_sealed),
  };
}

/**
 * Records that a protection starts or ends. Rows are never updated: the newest
 * row effective at an instant decides, so a late-keyed cease still covers the
 * contacts made since the borrower said it.
 */
export async function recordHold(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
  input: z.infer<typeof recordHoldBody>,
): Promise<Hold> {
  if (actor.role === "borrower" && !borrowerDeclarable.has(input.kind)) {
    throw forbidden(`a borrower cannot record a \`${input.kind}\` hold`);
  }
  const now = deps.clock().toISOString();
  const effectiveFrom = new Date(input.effectiveFrom).toISOString();
  if (effectiveFrom > now) throw invalid("effectiveFrom", "must not lie in the future");
  const id = deps.newId();
  const sealedRow = (keys: OwnerKeys) => ({
    id,
    borrower_id: borrowerId,
    account_id: input.accountId ?? null,
    kind: input.kind,
    state: input.state,
    effective_from: effectiveFrom,
    recorded_at: now,
    recorded_by: actor.userId,
    in_writing: input.inWriting ? 1 : 0,
    vulnerability_type: input.vulnerabilityType ?? null,
    attorney_contact_sealed: input.attorneyContact ? keys.seal(input.attorneyContact, borrowerId) : null,
    note_sealed: input.note ? keys.seal(input.note, borrowerId) : null,
  });
  const { row, keys } = await deps.store.db.transaction().execute(async (trx) => {
    await assertBorrowerReach(trx, actor, borrowerId);
    const keys = await deps.codec.keysFor(trx, [borrowerId]);
    const row = sealedRow(keys);
    if (input.accountId) {
      const account = await trx
        .selectFrom("accounts")
        .select("id")
        .where("id", "=", input.accountId)
        .where("borrower_id", "=", borrowerId)
        .executeTakeFirst();
      if (!account) throw invalid("accountId", "not an account of this borrower");
    }
    await trx.insertInto("holds").values(row).execute();
    await appendEntries(trx, [
      {
        type: "hold.recorded",
        v: 1,
        at: now,
        actor: actor.userId,
        holdId: row.id,
        borrowerId,
        accountId: row.account_id,
        kind: row.kind,
        state: row.state,
        effectiveFrom,
        inWriting: input.inWriting,
      },
    ]);
    await detectProtectionViolations(trx, deps, actor.userId, row, now);
    return { row, keys };
  });
  return holdView(row, keys, false);
}

/** Every hold row of a borrower, and which are in force now. */
export async function listHolds(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
): Promise<{ rows: Hold[]; active: Hold[] }> {
  const { db } = deps.store;
  await assertBorrowerReach(db, actor, borrowerId);
  const rows = await db
    .selectFrom("holds")
    .selectAll()
    .where("borrower_id", "=", borrowerId)
    .orderBy("effective_from")
    .orderBy("recorded_at")
    .execute();
  const keys = await deps.codec.keysFor(db, [borrowerId]);
  const views = rows.map((row) => holdView(row, keys, disclosureOf(actor).mode !== "full"));
  return { rows: views, active: activeHolds(views, deps.clock().toISOString()) };
}
