import type { Role } from "@faircollect/domain/records/vocabulary";
import type { Row } from "../../store/database.js";
import type { Actor } from "../actor.js";
import { agreementInForce } from "../agreements/agreements.js";
import { AppError } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { decoyHash, verifyPassword } from "./passwords.js";
import { digestSecret, newSecret } from "./secrets.js";

export type LoginPolicy = { maxFailures: number; lockoutSeconds: number; sessionTtlHours: number };

const actorOf = (u: Row<"users">): Actor => ({
  userId: u.id,
  role: u.role as Role,
  agencyId: u.agency_id,
  borrowerId: u.borrower_id,
});

/**
 * Checks a password and opens a session with a fresh id. Failures are counted
 * per username in the store, so throttling holds across server processes.
 */
export async function login(
  deps: ServiceDeps,
  policy: LoginPolicy,
  input: { username: string; password: string },
): Promise<{ sessionSecret: string; user: Row<"users">; expiresAt: Date }> {
  const { db } = deps.store;
  const now = deps.clock();
  const windowStart = new Date(now.getTime() - policy.lockoutSeconds * 1000).toISOString();
  const failures = await db
    .selectFrom("login_failures")
    .select(({ fn }) => fn.countAll<number>().as("n"))
    .where("username", "=", input.username)
    .where("at", ">", windowStart)
    .executeTakeFirstOrThrow();
  if (Number(failures.n) >= policy.maxFailures) {
    throw new AppError("RATE_LIMITED", "too many failed logins; try again later", {
      retryAfterSeconds: policy.lockoutSeconds,
    });
  }
  const user = await db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", input.username)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash), input.password);
  if (!user || !ok || user.disabled === 1) {
    await db
      .insertInto("login_failures")
      .values({ id: deps.newId(), username: input.username, at: now.toISOString() })
      .execute();
    throw new AppError("UNAUTHENTICATED", "wrong username or password");
  }
  const sessionSecret = newSecret("fcs");
  const expiresAt = new Date(now.getTime() + policy.sessionTtlHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("login_failures").where("username", "=", input.username).execute();
    await trx
      .insertInto("sessions")
      .values({
        id: digestSecret(sessionSecret),
        user_id: user.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
  });
  return { sessionSecret, user, expiresAt };
}

/** Ends a session. */
export async function logout(deps: ServiceDeps, sessionSecret: string): Promise<void> {
  await deps.store.db.deleteFrom("sessions").where("id", "=", digestSecret(sessionSecret)).execute();
  deps.credentials?.clear();
}

type Authenticated = { actor: Actor; user: Row<"users"> };

/** The actor behind a session cookie or an API token, or null when neither is valid now. */
export async function authenticate(
  deps: ServiceDeps,
  credential: { session?: string; bearer?: string },
): Promise<Authenticated | null> {
  const secret = credential.bearer ?? credential.session;
  if (!secret) return null;
  const key = `${credential.bearer ? "t" : "s"}:${digestSecret(secret)}`;
  const nowMs = deps.clock().getTime();
  const cache = deps.credentials;
  const cached = cache?.get(key, nowMs);
  if (cached) return cached;
  const generation = cache?.generation() ?? 0;
  const found = await readCredential(deps, key, new Date(nowMs).toISOString());
  if (found && cache) cache.set(key, found.result, Math.min(nowMs + cache.ttlMs, found.untilMs), generation);
  return found?.result ?? null;
}

/** The store's answer for a credential digest, and until when it holds without a change. */
async function readCredential(
  deps: ServiceDeps,
  key: string,
  now: string,
): Promise<{ result: Authenticated; untilMs: number } | undefined> {
  const { db } = deps.store;
  const digest = key.slice(2);
  let user: Row<"users"> | undefined;
  let untilMs = Number.POSITIVE_INFINITY;
  if (key.startsWith("t:")) {
    user = await db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .selectAll("users")
      .where("api_tokens.token_hash", "=", digest)
      .where("api_tokens.revoked_at", "is", null)
      .executeTakeFirst();
  } else {
    const row = await db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .selectAll("users")
      .select("sessions.expires_at as session_expires_at")
      .where("sessions.id", "=", digest)
      .where("sessions.expires_at", ">", now)
      .executeTakeFirst();
    if (row) {
      const { session_expires_at, ...rest } = row;
      user = rest;
      untilMs = Date.parse(session_expires_at);
    }
  }
  if (!user || user.disabled === 1) return undefined;
  const actor = actorOf(user);
  if (!user.agency_id) return { result: { actor, user }, untilMs };
  // Read with the credential, so an agreement that ends cuts access on the next request after it.
  const agreement = await agreementInForce(db, user.agency_id, now);
  const grant = agreement
    ? {
        agreementId: agreement.id,
        purposes: agreement.purposes,
        fields: agreement.fields,
        onwardTransfer: agreement.onwardTransferConsent,
      }
    : null;
  if (agreement) untilMs = Math.min(untilMs, Date.parse(agreement.validUntil));
  return { result: { actor: { ...actor, grant }, user }, untilMs };
}
