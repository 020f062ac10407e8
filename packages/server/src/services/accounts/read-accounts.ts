import type { Account } from "@faircollect/contract";
import { scopeAccounts } from "../access.js";
import type { Actor } from "../actor.js";
import { notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { accountView } from "./account-view.js";

/** One account, if the actor may reach it; otherwise NOT_FOUND, never a hint that it exists. */
export async function getAccount(deps: ServiceDeps, actor: Actor, id: string): Promise<Account> {
  const row = await scopeAccounts(deps.store.db.selectFrom("accounts").selectAll("accounts"), actor)
    .where("accounts.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("account");
  return accountView(row);
}

/** Accounts the actor may reach, most overdue first. */
export async function listAccounts(
  deps: ServiceDeps,
  actor: Actor,
  query: { borrowerId?: string; status?: string; limit: number; offset: number },
): Promise<Account[]> {
  let q = scopeAccounts(deps.store.db.selectFrom("accounts").selectAll("accounts"), actor);
  if (query.borrowerId) q = q.where("accounts.borrower_id", "=", query.borrowerId);
  if (query.status) q = q.where("accounts.status", "=", query.status);
  const rows = await q
    .orderBy("accounts.days_past_due", "desc")
    .orderBy("accounts.id")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(accountView);
}
