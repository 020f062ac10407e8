import type { Borrower } from "@faircollect/contract";
import type { Jurisdiction } from "@faircollect/domain/records/vocabulary";
import { pseudonymsFor } from "../../privacy/pseudonyms.js";
import type { Row } from "../../store/database.js";
import { assertBorrowerReach, disclosureOf, scopeAccounts } from "../access.js";
import type { Actor } from "../actor.js";
import { notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { logPiiReads } from "../privacy/log-pii-reads.js";
import { borrowerView, disclosedFields } from "./borrower-view.js";

/** One borrower, if the actor may reach them. */
export async function getBorrower(deps: ServiceDeps, actor: Actor, id: string): Promise<Borrower> {
  const { db } = deps.store;
  await assertBorrowerReach(db, actor, id);
  const row = await db.selectFrom("borrowers").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("borrower");
  const [view] = await viewsOf(deps, [row], actor);
  return view!;
}

/** Borrowers the actor may reach, newest first. */
export async function listBorrowers(
  deps: ServiceDeps,
  actor: Actor,
  query: { jurisdiction?: Jurisdiction; limit: number; offset: number },
): Promise<Borrower[]> {
  const { db } = deps.store;
  let q = db.selectFrom("borrowers").selectAll("borrowers");
  if (actor.role !== "supervisor" && actor.role !== "auditor") {
    const reachable = scopeAccounts(db.selectFrom("accounts").select("accounts.borrower_id"), actor);
    q = q.where("borrowers.id", "in", reachable);
  }
  if (query.jurisdiction) q = q.where("borrowers.jurisdiction", "=", query.jurisdiction);
  const rows = await q
    .orderBy("borrowers.created_at", "desc")
    .orderBy("borrowers.id")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return viewsOf(deps, rows, actor);
}

/** Finds borrowers by an exact phone number or national id through their blind indexes. */
export async function lookupBorrowers(
  deps: ServiceDeps,
  actor: Actor,
  by: { phone?: string; nationalId?: string },
): Promise<Borrower[]> {
  const { db } = deps.store;
  let q = db.selectFrom("borrowers").selectAll("borrowers");
  if (by.phone) {
    const index = deps.codec.blindIndex("phone", by.phone);
    q = q.where(
      "borrowers.id",
      "in",
      db.selectFrom("borrower_phone_index").select("borrower_id").where("phone_index", "=", index),
    );
  }
  if (by.nationalId)
    q = q.where("borrowers.national_id_index", "=", deps.codec.blindIndex("national_id", by.nationalId));
  const rows = await q.limit(20).execute();
  return viewsOf(deps, rows, actor);
}

/** Opens the rows as the actor may see them and logs every read of personal data before answering. */
async function viewsOf(deps: ServiceDeps, rows: Row<"borrowers">[], actor: Actor): Promise<Borrower[]> {
  const keys = await deps.codec.keysFor(
    deps.store.db,
    rows.map((r) => r.id),
  );
  const disclosure = disclosureOf(actor);
  const pseudonymize = pseudonymsFor(deps.codec, actor.userId);
  const views = rows.map((row) => borrowerView(row, keys, disclosure, pseudonymize));
  await logPiiReads(
    deps,
    actor,
    views.map((v) => ({ borrowerId: v.id, fields: disclosedFields(v) })),
  );
  return views;
}
