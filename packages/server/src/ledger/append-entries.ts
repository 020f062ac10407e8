import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import { encodeEntryText } from "@faircollect/domain/ledger/entry-codec";
import { CompiledQuery, sql } from "kysely";
import type { Db } from "../store/database.js";
import { sqlOnce } from "./sql-once.js";

const INSERT_CHUNK = 500;

/**
 * Appends entries inside the caller's transaction and returns their indexes.
 * Each entry is validated and stored in its canonical encoding (the leaf bytes).
 * INVARIANT: indexes are gapless; the counter row is bumped in the same
 * transaction, so a rollback returns the numbers together with the change.
 */
export async function appendEntries(trx: Db, entries: readonly LedgerEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  // Every entry is validated before the counter moves.
  const bodies = entries.map(encodeEntryText);
  const bumped = await trx.executeQuery<{ next_index: number }>(
    CompiledQuery.raw(bumpSql(trx), [entries.length]),
  );
  const first = Number(bumped.rows[0]!.next_index) - entries.length;
  // Statements of at most 500 rows: one 1000-row insert measured a third slower than two of 500.
  for (let at = 0; at < entries.length; at += INSERT_CHUNK) {
    const end = Math.min(at + INSERT_CHUNK, entries.length);
    const parameters: unknown[] = [];
    for (let i = at; i < end; i++) {
      const entry = entries[i]!;
      // The borrower is kept beside the body so their receipts are found by index, not by reading every entry.
      parameters.push(first + i, entry.type, bodies[i], entry.at, borrowerOf(entry));
    }
    await trx.executeQuery(CompiledQuery.raw(insertSql(trx, end - at), parameters));
  }
  return entries.map((_, i) => first + i);
}

/** Reserves n indexes: the counter row stays locked until the transaction ends. */
function bumpSql(trx: Db): string {
  return sqlOnce(trx, "ledger_head", () =>
    trx
      .updateTable("ledger_head")
      .set({ next_index: sql`next_index + ${0}` })
      .where("id", "=", sql.lit(1))
      .returning("next_index")
      .compile(),
  );
}

/** The insert's SQL for n rows; parameters go row by row: idx, type, body, created_at, borrower_id. */
function insertSql(trx: Db, rows: number): string {
  const placeholder = { idx: 0, type: "", body: "", created_at: "", borrower_id: null };
  return sqlOnce(trx, `ledger_entries:${rows}`, () =>
    trx
      .insertInto("ledger_entries")
      .values(Array.from({ length: rows }, () => placeholder))
      .compile(),
  );
}

/** The borrower an entry is about, if any: a read of their data counts as about them too. */
function borrowerOf(entry: LedgerEntry): string | null {
  if ("borrowerId" in entry) return entry.borrowerId ?? null;
  if (entry.type === "pii.read" && entry.subjectType === "borrower") return entry.subjectId;
  return null;
}
