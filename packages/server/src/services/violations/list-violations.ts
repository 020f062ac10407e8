import type { ViolationView, violationsQuery } from "@faircollect/contract";
import type { Channel } from "@faircollect/domain/records/vocabulary";
import type { z } from "zod";
import type { Row } from "../../store/database.js";
import type { ServiceDeps } from "../deps.js";

function violationView(row: Row<"violations">): ViolationView {
  return {
    id: row.id,
    source: row.source as ViolationView["source"],
    kind: row.kind,
    rule: row.rule,
    severity: row.severity as ViolationView["severity"],
    collectorId: row.collector_id,
    accountId: row.account_id,
    borrowerId: row.borrower_id,
    holdId: row.hold_id,
    contact: {
      decisionId: row.decision_id,
      contactId: row.contact_id,
      channel: row.channel as Channel,
      at: row.contact_at,
      collectorId: row.collector_id,
    },
    span:
      row.span_start === null || row.span_end === null
        ? null
        : { start: Number(row.span_start), end: Number(row.span_end) },
    detectedAt: row.detected_at,
    ledgerIndex: Number(row.ledger_index),
  };
}

/**
 * Violations from every source (transcripts, protections recorded late, blocked
 * content), newest contact first; `from`/`to` bound when the contact happened.
 */
export async function listViolations(
  deps: ServiceDeps,
  query: z.infer<typeof violationsQuery>,
): Promise<ViolationView[]> {
  let q = deps.store.db.selectFrom("violations").selectAll();
  if (query.collectorId) q = q.where("collector_id", "=", query.collectorId);
  if (query.accountId) q = q.where("account_id", "=", query.accountId);
  if (query.kind) q = q.where("kind", "=", query.kind);
  if (query.source) q = q.where("source", "=", query.source);
  if (query.from) q = q.where("contact_at", ">=", new Date(query.from).toISOString());
  if (query.to) q = q.where("contact_at", "<", new Date(query.to).toISOString());
  const rows = await q
    .orderBy("contact_at", "desc")
    .orderBy("id")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(violationView);
}
