import type { createUserBody, User } from "@faircollect/contract";
import type { Role } from "@faircollect/domain/records/vocabulary";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Actor } from "../actor.js";
import { AppError, invalid, notFound } from "../app-error.js";
import { hashPassword } from "../auth/passwords.js";
import type { ServiceDeps } from "../deps.js";
import { mustExist } from "../must-exist.js";
import { userView } from "./user-view.js";

/** Creates a login; a collector may belong to one agency, a borrower user is tied to one borrower. */
export async function createUser(
  deps: ServiceDeps,
  actor: Actor | null,
  input: z.infer<typeof createUserBody>,
): Promise<User> {
  if (input.agencyId && input.role !== "collector")
    throw invalid("agencyId", "only collectors belong to an agency");
  if (input.role === "borrower" && !input.borrowerId)
    throw invalid("borrowerId", "a borrower user needs borrowerId");
  if (input.borrowerId && input.role !== "borrower")
    throw invalid("borrowerId", "only borrower users have one");
  const now = deps.clock().toISOString();
  const row = {
    id: deps.newId(),
    username: input.username,
    password_hash: await hashPassword(input.password),
    role: input.role,
    display_name: input.displayName,
    agency_id: input.agencyId ?? null,
    borrower_id: input.borrowerId ?? null,
    certified_until: input.certifiedUntil ? new Date(input.certifiedUntil).toISOString() : null,
    disabled: 0,
    created_at: now,
  };
  await deps.store.db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom("users")
      .select("id")
      .where("username", "=", input.username)
      .executeTakeFirst();
    if (clash) throw new AppError("CONFLICT", `username \`${input.username}\` is taken`);
    if (input.agencyId) await mustExist(trx, "agencies", input.agencyId, "agencyId");
    if (input.borrowerId) await mustExist(trx, "borrowers", input.borrowerId, "borrowerId");
    await trx.insertInto("users").values(row).execute();
    await appendEntries(trx, [
      {
        type: "user.created",
        v: 1,
        at: now,
        actor: actor?.userId ?? "system",
        userId: row.id,
        role: row.role,
      },
    ]);
  });
  return userView(row);
}

/** Users by username, optionally of one role. */
export async function listUsers(
  deps: ServiceDeps,
  query: { role?: Role; limit: number; offset: number },
): Promise<User[]> {
  let q = deps.store.db.selectFrom("users").selectAll();
  if (query.role) q = q.where("role", "=", query.role);
  const rows = await q.orderBy("username").limit(query.limit).offset(query.offset).execute();
  return rows.map(userView);
}

/** Records a collector's training certification; a lapsed one bars them from contacts. */
export async function certifyCollector(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  certifiedUntil: string,
): Promise<User> {
  const now = deps.clock().toISOString();
  const until = new Date(certifiedUntil).toISOString();
  const changed = await deps.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
    if (!row) throw notFound("user");
    if (row.role !== "collector") throw invalid("userId", "only collectors are certified");
    await trx.updateTable("users").set({ certified_until: until }).where("id", "=", userId).execute();
    await appendEntries(trx, [
      { type: "user.certified", v: 1, at: now, actor: actor.userId, userId, certifiedUntil: until },
    ]);
    return userView({ ...row, certified_until: until });
  });
  // Committed: whoever a cached credential stands for is read afresh.
  deps.credentials?.clear();
  return changed;
}
