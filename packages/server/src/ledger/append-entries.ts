import { sql } from "kysely";
import type { Db } from "../store/database.js";

/** A ledger entry as the writer hands it over; personal values arrive already as keyed hashes. */
export type LedgerEntryInput = { type: string; v: number; at: string } & Record<string, unknown>;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    keys.sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Appends entries inside the caller's transaction and returns their indexes.
 * INVARIANT: indexes are gapless; the counter row is bumped in the same
 * transaction, so a rollback returns the numbers with the change itself.
 */
export async function appendEntries(trx: Db, entries: readonly LedgerEntryInput[]): Promise<number[]> {
  if (entries.length === 0) return [];
  const head = await trx
    .updateTable("ledger_head")
    .set({ next_index: sql`next_index + ${entries.length}` })
    .where("id", "=", 1)
    .returning("next_index")
    .executeTakeFirstOrThrow();
  const first = Number(head.next_index) - entries.length;
  const rows = entries.map((entry, i) => ({
    idx: first + i,
    type: entry.type,
    body: canonical(entry),
    created_at: entry.at,
  }));
  await trx.insertInto("ledger_entries").values(rows).execute();
  return rows.map((r) => r.idx);
}
