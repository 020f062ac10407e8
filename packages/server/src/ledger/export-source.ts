import { utf8 } from "@faircollect/domain/ledger/bytes";
import type { Db } from "../store/database.js";
import { checkpointNotes } from "./checkpoints.js";
import { checkpointedSize } from "./read-checkpoint.js";

const PAGE = 10_000;

/** What an export writes: entries [0, treeSize) in index order and every checkpoint up to treeSize. */
export type ExportSource = { treeSize: number; entries: AsyncIterable<Uint8Array>; checkpoints: string[] };

async function* entryBytes(db: Db, treeSize: number): AsyncGenerator<Uint8Array> {
  for (let from = 0; from < treeSize; from += PAGE) {
    const rows = await db
      .selectFrom("ledger_entries")
      .select("body")
      .where("idx", ">=", from)
      .where("idx", "<", Math.min(from + PAGE, treeSize))
      .orderBy("idx")
      .execute();
    for (const row of rows) yield utf8(row.body);
  }
}

/**
 * The log as of its latest checkpoint, read a page at a time so a large log is never held in
 * memory; entries appended after that checkpoint are left for the next export.
 */
export async function exportSource(db: Db): Promise<ExportSource> {
  const treeSize = await checkpointedSize(db);
  return { treeSize, entries: entryBytes(db, treeSize), checkpoints: await checkpointNotes(db, treeSize) };
}
