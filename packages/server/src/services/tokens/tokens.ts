import type { apiToken, createdToken } from "@faircollect/contract";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Row } from "../../store/database.js";
import type { Actor } from "../actor.js";
import { notFound } from "../app-error.js";
import { digestSecret, newSecret } from "../auth/secrets.js";
import type { ServiceDeps } from "../deps.js";
import { mustExist } from "../must-exist.js";

type ApiToken = z.infer<typeof apiToken>;

const view = (r: Row<"api_tokens">): ApiToken => ({
  id: r.id,
  name: r.name,
  userId: r.user_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Issues a token for a machine client (a dialer) acting as a user; the secret is shown once. */
export async function createToken(
  deps: ServiceDeps,
  actor: Actor,
  input: { name: string; userId: string },
): Promise<z.infer<typeof createdToken>> {
  const now = deps.clock().toISOString();
  const secret = newSecret("fct");
  const row = {
    id: deps.newId(),
    name: input.name,
    token_hash: digestSecret(secret),
    user_id: input.userId,
    created_at: now,
    revoked_at: null,
  };
  await deps.store.db.transaction().execute(async (trx) => {
    await mustExist(trx, "users", input.userId, "userId");
    await trx.insertInto("api_tokens").values(row).execute();
    await appendEntries(trx, [
      { type: "token.created", v: 1, at: now, actor: actor.userId, tokenId: row.id, userId: input.userId },
    ]);
  });
  return { ...view(row), token: secret };
}

/** Every token, without secrets. */
export async function listTokens(deps: ServiceDeps): Promise<ApiToken[]> {
  const rows = await deps.store.db.selectFrom("api_tokens").selectAll().orderBy("created_at").execute();
  return rows.map(view);
}

/** Revokes a token; the next request with it is refused. */
export async function revokeToken(deps: ServiceDeps, actor: Actor, id: string): Promise<ApiToken> {
  const now = deps.clock().toISOString();
  const changed = await deps.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("token");
    const revokedAt = row.revoked_at ?? now;
    await trx.updateTable("api_tokens").set({ revoked_at: revokedAt }).where("id", "=", id).execute();
    await appendEntries(trx, [{ type: "token.revoked", v: 1, at: now, actor: actor.userId, tokenId: id }]);
    return view({ ...row, revoked_at: revokedAt });
  });
  // Committed: whoever a cached credential stands for is read afresh.
  deps.credentials?.clear();
  return changed;
}
