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
}

/** The actor behind a session cookie or an API token, or null when neither is valid now. */
export async function authenticate(
  deps: ServiceDeps,
  credential: { session?: string; bearer?: string },
): Promise<{ actor: Actor; user: Row<"users"> } | null> {
  const { db } = deps.store;
  const now = deps.clock().toISOString();
  let user: Row<"users"> | undefined;
  if (credential.bearer) {
    user = await db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .selectAll("users")
      .where("api_tokens.token_hash", "=", digestSecret(credential.bearer))
      .where("api_tokens.revoked_at", "is", null)
      .executeTakeFirst();
  } else if (credential.session) {
    user = await db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .selectAll("users")
      .where("sessions.id", "=", digestSecret(credential.session))
      .where("sessions.expires_at", ">", now)
      .executeTakeFirst();
  }
  if (!user || user.disabled === 1) return null;
  const actor = actorOf(user);
  if (!user.agency_id) return { actor, user };
  // Checked at every request, so an agreement that ends cuts access on the very next one.
  const agreement = await agreementInForce(db, user.agency_id, now);
  const grant = agreement
    ? {
        agreementId: agreement.id,
        purposes: agreement.purposes,
        fields: agreement.fields,
        onwardTransfer: agreement.onwardTransferConsent,
      }
    : null;
  return { actor: { ...actor, grant }, user };
}
