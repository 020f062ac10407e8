import type { alert, dataAccess } from "@faircollect/contract";
import type { z } from "zod";
import type { Actor } from "../actor.js";
import { forbidden } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";

type DataAccess = z.infer<typeof dataAccess>;

/**
 * Who read a borrower's personal data, when, which fields and why — read from
 * the ledger itself, so what the borrower sees is what an auditor can verify.
 */
export async function myDataAccess(
  deps: ServiceDeps,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<DataAccess[]> {
  if (!actor.borrowerId) throw forbidden("only a borrower has a data-access history");
  const { db } = deps.store;
  const rows = await db
    .selectFrom("ledger_entries")
    .select(["idx", "body"])
    .where("borrower_id", "=", actor.borrowerId)
    .where("type", "=", "pii.read")
    .orderBy("idx", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const entries = rows.map((r) => ({
    index: Number(r.idx),
    entry: JSON.parse(r.body) as Record<string, unknown>,
  }));
  const readerIds = [...new Set(entries.map((e) => String(e.entry.actor)))];
  const readers = readerIds.length
    ? await db
        .selectFrom("users")
        .select(["id", "role", "display_name"])
        .where("id", "in", readerIds)
        .execute()
    : [];
  const byId = new Map(readers.map((u) => [u.id, { id: u.id, role: u.role, displayName: u.display_name }]));
  return entries.map(({ index, entry }) => ({
    ledgerIndex: index,
    at: String(entry.at),
    reader: byId.get(String(entry.actor)) ?? null,
    fields: entry.fields as string[],
    purpose: String(entry.purpose),
  }));
}

/** Alerts about access to personal data, newest first. */
export async function listAlerts(deps: ServiceDeps): Promise<z.infer<typeof alert>[]> {
  const rows = await deps.store.db
    .selectFrom("alerts")
    .selectAll()
    .orderBy("created_at", "desc")
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    userId: r.user_id,
    detail: JSON.parse(r.detail),
    createdAt: r.created_at,
  }));
}
