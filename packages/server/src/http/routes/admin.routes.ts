import {
  agency,
  apiToken,
  certificationBody,
  createAgencyBody,
  createdToken,
  createTokenBody,
  createUserBody,
  idParams,
  user,
  usersQuery,
} from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { createAgency, listAgencies } from "../../services/agencies/agencies.js";
import type { ServiceDeps } from "../../services/deps.js";
import { createToken, listTokens, revokeToken } from "../../services/tokens/tokens.js";
import { certifyCollector, createUser, listUsers } from "../../services/users/users.js";
import { actorOf } from "../auth-hook.js";

/** Agencies, users and API tokens: the organisation that does the collecting. */
export function adminRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/agencies",
    {
      config: { roles: ["supervisor", "admin", "auditor"] },
      schema: { tags: ["agencies"], summary: "Collection agencies", response: { 200: z.array(agency) } },
    },
    () => listAgencies(deps),
  );
  r.post(
    "/v1/agencies",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags: ["agencies"],
        summary: "Register an agency",
        body: createAgencyBody,
        response: { 201: agency },
      },
    },
    async (request, reply) => reply.code(201).send(await createAgency(deps, actorOf(request), request.body)),
  );
  r.get(
    "/v1/users",
    {
      config: { roles: ["admin", "supervisor"] },
      schema: {
        tags: ["users"],
        summary: "Users",
        querystring: usersQuery,
        response: { 200: z.array(user) },
      },
    },
    (request) => listUsers(deps, request.query),
  );
  r.post(
    "/v1/users",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["users"], summary: "Create a user", body: createUserBody, response: { 201: user } },
    },
    async (request, reply) => reply.code(201).send(await createUser(deps, actorOf(request), request.body)),
  );
  r.put(
    "/v1/users/:id/certification",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags: ["users"],
        summary: "Record a collector's training certification",
        params: idParams,
        body: certificationBody,
        response: { 200: user },
      },
    },
    (request) => certifyCollector(deps, actorOf(request), request.params.id, request.body.certifiedUntil),
  );
  r.get(
    "/v1/tokens",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["tokens"], summary: "API tokens", response: { 200: z.array(apiToken) } },
    },
    () => listTokens(deps),
  );
  r.post(
    "/v1/tokens",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["tokens"],
        summary: "Issue an API token (shown once)",
        body: createTokenBody,
        response: { 201: createdToken },
      },
    },
    async (request, reply) => reply.code(201).send(await createToken(deps, actorOf(request), request.body)),
  );
  r.delete(
    "/v1/tokens/:id",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["tokens"],
        summary: "Revoke an API token",
        params: idParams,
        response: { 200: apiToken },
      },
    },
    (request) => revokeToken(deps, actorOf(request), request.params.id),
  );
}
