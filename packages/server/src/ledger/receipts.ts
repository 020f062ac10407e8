import type { MyReceipts } from "@faircollect/contract";
import { utf8 } from "@faircollect/domain/ledger/bytes";
import { buildReceipt, type Receipt } from "@faircollect/domain/ledger/receipt";
import type { Actor } from "../services/actor.js";
import { AppError, notFound } from "../services/app-error.js";
import type { ServiceDeps } from "../services/deps.js";
import { cosignaturesOf, findLatestCheckpoint, withCosignatures } from "./checkpoints.js";
import { inclusionProofFor } from "./proofs.js";

/**
 * The receipt of one entry: its bytes, its inclusion proof and the latest signed checkpoint.
 * A borrower reaches only entries about them; any other index looks absent.
 */
export async function getReceipt(deps: ServiceDeps, actor: Actor, index: number): Promise<Receipt> {
  const db = deps.store.db;
  const entry = await db
    .selectFrom("ledger_entries")
    .select(["body", "borrower_id"])
    .where("idx", "=", index)
    .executeTakeFirst();
  if (!entry || (actor.role === "borrower" && entry.borrower_id !== actor.borrowerId))
    throw notFound("ledger entry");
  const latest = await findLatestCheckpoint(db);
  if (!latest || index >= latest.size) {
    throw new AppError(
      "CONFLICT",
      `entry ${index} is not in a signed checkpoint yet; ask again after the next one`,
    );
  }
  const cosignatures = (await cosignaturesOf(db, [latest.size])).get(latest.size) ?? [];
  return buildReceipt({
    entry: utf8(entry.body),
    index,
    proof: await inclusionProofFor(db, index, latest.size),
    checkpoint: withCosignatures(latest.note, cosignatures),
  });
}

/** The indexes of the entries about the logged-in borrower, newest first, a page at a time. */
export async function listMyReceipts(
  deps: ServiceDeps,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<MyReceipts> {
  const db = deps.store.db;
  const rows = await db
    .selectFrom("ledger_entries")
    .select(["idx", "type", "created_at"])
    .where("borrower_id", "=", actor.borrowerId ?? "")
    .orderBy("idx", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    treeSize: (await findLatestCheckpoint(db))?.size ?? 0,
    entries: rows.map((r) => ({ index: Number(r.idx), type: r.type, createdAt: r.created_at })),
  };
}
