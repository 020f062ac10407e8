import type { Role } from "@faircollect/domain/records/vocabulary";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../services/actor.js";
import { AppError } from "../services/app-error.js";
import { authenticate } from "../services/auth/sessions.js";
import type { ServiceDeps } from "../services/deps.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Roles allowed on the route; a /v1 route without it is refused to everyone (fail closed). */
    roles?: readonly Role[];
    /** Routes anyone may call (login, health, docs). */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const SESSION_COOKIE = "fc_session";

/** The request's caller; routes with a `roles` config can rely on it being set. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", "log in first");
  return request.actor;
}

/**
 * Authenticates every request and applies the route's role list before any
 * handler runs, so no route can forget its check.
 */
export function authHook(deps: ServiceDeps) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    request.actor = null;
    const config = request.routeOptions.config;
    const header = request.headers.authorization;
    const bearer = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
    const session = request.cookies[SESSION_COOKIE];
    if (bearer || session) request.actor = (await authenticate(deps, { bearer, session }))?.actor ?? null;
    if (config.public) return;
    if (!request.routeOptions.url) return; // unknown route: the 404 handler answers
    if (!request.actor) throw new AppError("UNAUTHENTICATED", "log in first");
    if (!config.roles?.includes(request.actor.role)) {
      throw new AppError("FORBIDDEN", `role \`${request.actor.role}\` may not use this route`);
    }
  };
}
