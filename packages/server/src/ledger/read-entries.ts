import { LEDGER_PAGE_MAX, type LedgerEntriesPage } from "@faircollect/contract";
import { invalid } from "../services/app-error.js";
import type { ServiceDeps } from "../services/deps.js";
import { checkpointedSize } from "./read-checkpoint.js";

/**
 * A page [from, to) of entries inside the checkpointed tree, in index order. `to` stops at the
 * tree size; a start beyond it, a reversed range or an oversized page is refused naming the field.
 */
export async function listEntries(
  deps: ServiceDeps,
  query: { from: number; to?: number | undefined },
): Promise<LedgerEntriesPage> {
  const treeSize = await checkpointedSize(deps.store.db);
  if (query.from > treeSize)
    throw invalid("from", `${query.from} is beyond the checkpointed tree of size ${treeSize}`);
  if (query.to !== undefined && query.to < query.from)
    throw invalid("to", `must not be below from (${query.from})`);
  if (query.to !== undefined && query.to - query.from > LEDGER_PAGE_MAX)
    throw invalid("to", `a page holds at most ${LEDGER_PAGE_MAX} entries`);
  const to = Math.min(query.to ?? query.from + LEDGER_PAGE_MAX, treeSize);
  const rows = await deps.store.db
    .selectFrom("ledger_entries")
    .select(["idx", "type", "body", "created_at"])
    .where("idx", ">=", query.from)
    .where("idx", "<", to)
    .orderBy("idx")
    .execute();
  return {
    from: query.from,
    to,
    treeSize,
    entries: rows.map((r) => ({ index: Number(r.idx), type: r.type, body: r.body, createdAt: r.created_at })),
  };
}
