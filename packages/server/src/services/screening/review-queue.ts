import type { QaItemView, qaItemsQuery, resolveQaItemBody } from "@faircollect/contract";
import type { Channel } from "@faircollect/domain/records/vocabulary";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { OwnerKeys } from "../../privacy/personal-data-codec.js";
import type { Db, Row } from "../../store/database.js";
import type { Actor } from "../actor.js";
import { AppError, notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";

type ItemRow = Row<"review_items"> & { transcript_sealed: string | null };

function qaItemView(row: ItemRow, keys: OwnerKeys, showText: boolean): QaItemView {
  const sealed = row.text_sealed ?? row.transcript_sealed;
  // A shredded borrower's messages and transcripts read as absent, like text a role may not see.
  const readable = showText && !keys.isErased(row.borrower_id);
  const open = (field: string, value: string) =>
    keys.open(value, { owner: row.borrower_id, table: "review_items", id: row.id, field });
  return {
    id: row.id,
    kind: row.kind as QaItemView["kind"],
    status: row.status as QaItemView["status"],
    accountId: row.account_id,
    borrowerId: row.borrower_id,
    collectorId: row.collector_id,
    decisionId: row.decision_id,
    channel: row.channel as Channel,
    createdAt: row.created_at,
    findings: JSON.parse(row.findings) as QaItemView["findings"],
    // Messages and transcripts are personal data: opened for the supervisor who reviews them only.
    text: readable && sealed !== null ? open("text", sealed) : null,
    resolution:
      row.resolved_by === null || row.resolved_at === null
        ? null
        : {
            by: row.resolved_by,
            at: row.resolved_at,
            note: readable && row.note_sealed !== null ? open("note", row.note_sealed) : null,
            usedByDecisionId: row.used_by_decision_id,
          },
  };
}

function itemsQuery(db: Db) {
  return db
    .selectFrom("review_items")
    .leftJoin("transcripts", "transcripts.decision_id", "review_items.decision_id")
    .selectAll("review_items")
    .select("transcripts.text_sealed as transcript_sealed");
}

/** The QA queue: messages awaiting approval and transcripts with findings, oldest pending first. */
export async function listQaItems(
  deps: ServiceDeps,
  actor: Actor,
  query: z.infer<typeof qaItemsQuery>,
): Promise<QaItemView[]> {
  let q = itemsQuery(deps.store.db);
  if (query.status) q = q.where("review_items.status", "=", query.status);
  if (query.kind) q = q.where("review_items.kind", "=", query.kind);
  const rows = await q
    .orderBy("review_items.created_at")
    .orderBy("review_items.id")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const keys = await deps.codec.keysFor(
    deps.store.db,
    rows.map((r) => r.borrower_id),
  );
  return rows.map((row) => qaItemView(row, keys, actor.role === "supervisor"));
}

/**
 * A supervisor approves or rejects a pending item. An approved message may be sent once,
 * by asking again with `message.reviewItemId`; for a transcript, approval confirms its
 * violations and rejection marks them as false positives.
 */
export async function resolveQaItem(
  deps: ServiceDeps,
  actor: Actor,
  itemId: string,
  input: z.infer<typeof resolveQaItemBody>,
): Promise<QaItemView> {
  const now = deps.clock().toISOString();
  return deps.store.db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom("review_items")
      .select(["borrower_id", "status"])
      .where("id", "=", itemId)
      .executeTakeFirst();
    if (!item) throw notFound("QA item");
    const keys = await deps.codec.keysFor(trx, [item.borrower_id]);
    const updated = await trx
      .updateTable("review_items")
      .set({
        status: input.resolution === "approve" ? "approved" : "rejected",
        resolved_by: actor.userId,
        resolved_at: now,
        note_sealed: input.note === undefined ? null : keys.seal(input.note, item.borrower_id),
      })
      .where("id", "=", itemId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const exists = await trx
        .selectFrom("review_items")
        .select("status")
        .where("id", "=", itemId)
        .executeTakeFirst();
      if (!exists) throw notFound("QA item");
      throw new AppError("CONFLICT", `the item is already ${exists.status}`);
    }
    await appendEntries(trx, [
      { type: "review.resolved", v: 1, at: now, actor: actor.userId, itemId, resolution: input.resolution },
    ]);
    const row = await itemsQuery(trx).where("review_items.id", "=", itemId).executeTakeFirstOrThrow();
    return qaItemView(row, keys, true);
  });
}
