import { loginBody, me, okResponse, problem } from "@faircollect/contract";
import { roles } from "@faircollect/domain/records/vocabulary";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { type LoginPolicy, login, logout } from "../../services/auth/sessions.js";
import type { ServiceDeps } from "../../services/deps.js";
import { userView } from "../../services/users/user-view.js";
import { actorOf, SESSION_COOKIE } from "../auth-hook.js";

const meOf = (user: ReturnType<typeof userView>) => ({
  id: user.id,
  username: user.username,
  role: user.role,
  displayName: user.displayName,
  agencyId: user.agencyId,
  borrowerId: user.borrowerId,
  certifiedUntil: user.certifiedUntil,
});

/** Login, logout and who-am-I. */
export function authRoutes(app: FastifyInstance, deps: ServiceDeps, policy: LoginPolicy): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/auth/login",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        summary: "Log in with a username and password; sets an httpOnly session cookie",
        body: loginBody,
        response: { 200: me, 401: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const { sessionSecret, user, expiresAt } = await login(deps, policy, request.body);
      reply.setCookie(SESSION_COOKIE, sessionSecret, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: request.protocol === "https",
        expires: expiresAt,
      });
      return meOf(userView(user));
    },
  );
  r.post(
    "/v1/auth/logout",
    {
      config: { roles },
      schema: { tags: ["auth"], summary: "End the current session", response: { 200: okResponse } },
    },
    async (request, reply) => {
      const session = request.cookies[SESSION_COOKIE];
      if (session) await logout(deps, session);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );
  r.get(
    "/v1/me",
    { config: { roles }, schema: { tags: ["auth"], summary: "The logged-in user", response: { 200: me } } },
    async (request) => {
      const actor = actorOf(request);
      const user = await deps.store.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", actor.userId)
        .executeTakeFirstOrThrow();
      return meOf(userView(user));
    },
  );
}
