import { appendEntries } from "../../ledger/append-entries.js";
import type { Database, Db } from "../../store/database.js";

/** A violation about to be recorded; id, detection time and ledger index are added here. */
export type NewViolation = Omit<Database["violations"], "id" | "detected_at" | "ledger_index">;

/**
 * Records violations inside the caller's transaction, each with its
 * `violation.recorded` ledger entry (ids only: no text, no personal data).
 */
export async function recordViolations(
  trx: Db,
  deps: { newId: () => string },
  actorId: string,
  now: string,
  violations: readonly NewViolation[],
): Promise<string[]> {
  if (violations.length === 0) return [];
  const rows = violations.map((v) => ({ ...v, id: deps.newId(), detected_at: now }));
  const indexes = await appendEntries(
    trx,
    rows.map((row) => ({
      type: "violation.recorded" as const,
      v: 1 as const,
      at: now,
      actor: actorId,
      violationId: row.id,
      rule: row.rule,
      severity: row.severity as "low" | "medium" | "high",
      accountId: row.account_id,
      borrowerId: row.borrower_id,
      agentId: row.collector_id,
    })),
  );
  await trx
    .insertInto("violations")
    .values(rows.map((row, i) => ({ ...row, ledger_index: indexes[i]! })))
    .execute();
  return rows.map((row) => row.id);
}
