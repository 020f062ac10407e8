import type { Role } from "@faircollect/domain/records/vocabulary";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../services/actor.js";
import { AppError, invalid } from "../services/app-error.js";
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
    if (!bearer && !SAFE_METHODS.has(request.method)) refuseCrossSite(request);
    if (!config.roles?.includes(request.actor.role)) {
      throw new AppError("FORBIDDEN", `role \`${request.actor.role}\` may not use this route`);
    }
    request.actor = { ...request.actor, purpose: statedPurpose(request) };
    checkAgencyPurpose(request.actor);
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const PURPOSE = /^[a-z][a-z0-9_]{0,63}$/;
/** What an agency's user is taken to be doing when they state no purpose. */
const DEFAULT_AGENCY_PURPOSE = "collection";

/**
 * CSRF defence for cookie sessions: besides SameSite=Strict and JSON-only
 * bodies, a state-changing request whose browser says it came from another
 * site is refused. Bearer tokens are not sent by browsers on their own.
 */
function refuseCrossSite(request: FastifyRequest): void {
  const site = request.headers["sec-fetch-site"];
  const origin = request.headers.origin;
  const crossSite = site !== undefined && site !== "same-origin" && site !== "none";
  let foreignOrigin = false;
  if (origin !== undefined && origin !== "null") {
    try {
      foreignOrigin = new URL(origin).host !== request.headers.host;
    } catch {
      foreignOrigin = true;
    }
  }
  if (crossSite || foreignOrigin || origin === "null") {
    throw new AppError("FORBIDDEN", "a cross-site request may not change anything with a session cookie");
  }
}

/** The purpose the caller states in the `x-purpose` header; it is logged with every read of personal data. */
function statedPurpose(request: FastifyRequest): string | null {
  const header = request.headers["x-purpose"];
  if (header === undefined) return null;
  if (typeof header !== "string" || !PURPOSE.test(header)) {
    throw invalid("headers.x-purpose", "must be a snake_case purpose such as collection");
  }
  return header;
}

/** An agency's user may act only for a purpose its data-sharing agreement names. */
function checkAgencyPurpose(actor: Actor): void {
  if (actor.role !== "collector" || !actor.agencyId || !actor.grant) return;
  const purpose = actor.purpose ?? DEFAULT_AGENCY_PURPOSE;
  if (!actor.grant.purposes.includes(purpose)) {
    throw new AppError("FORBIDDEN", `purpose \`${purpose}\` is not on the agency's data-sharing agreement`);
  }
}
