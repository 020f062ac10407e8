import { fromUtf8 } from "@faircollect/domain/ledger/bytes";
import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import { encodeEntry } from "@faircollect/domain/ledger/entry-codec";
import { sql } from "kysely";
import type { Db } from "../store/database.js";

/**
 * Appends entries inside the caller's transaction and returns their indexes.
 * Each entry is validated and stored in its canonical encoding (the leaf bytes).
 * INVARIANT: indexes are gapless; the counter row is bumped in the same
 * transaction, so a rollback returns the numbers together with the change.
 */
export async function appendEntries(trx: Db, entries: readonly LedgerEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  const rows = entries.map((entry) => ({
    type: entry.type,
    body: fromUtf8(encodeEntry(entry))!,
    created_at: entry.at,
  }));
  const head = await trx
    .updateTable("ledger_head")
    .set({ next_index: sql`next_index + ${entries.length}` })
    .where("id", "=", 1)
    .returning("next_index")
    .executeTakeFirstOrThrow();
  const first = Number(head.next_index) - entries.length;
  await trx
    .insertInto("ledger_entries")
    .values(rows.map((row, i) => ({ idx: first + i, ...row })))
    .execute();
  return rows.map((_, i) => first + i);
}
