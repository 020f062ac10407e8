import { account, accountsQuery, assignmentBody, createAccountBody, idParams } from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { assignAccount } from "../../services/accounts/assign-account.js";
import { createAccount } from "../../services/accounts/create-account.js";
import { getAccount, listAccounts } from "../../services/accounts/read-accounts.js";
import type { ServiceDeps } from "../../services/deps.js";
import { actorOf } from "../auth-hook.js";

const tags = ["accounts"];
const readers = ["supervisor", "collector", "borrower", "auditor"] as const;

/** Debt accounts: open, list, read, place with an agency and collector. */
export function accountRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/accounts",
    {
      config: { roles: readers },
      schema: {
        tags,
        summary: "Accounts the caller may reach",
        querystring: accountsQuery,
        response: { 200: z.array(account) },
      },
    },
    (request) => listAccounts(deps, actorOf(request), request.query),
  );
  r.post(
    "/v1/accounts",
    {
      config: { roles: ["supervisor"] },
      schema: { tags, summary: "Open an account", body: createAccountBody, response: { 201: account } },
    },
    async (request, reply) => reply.code(201).send(await createAccount(deps, actorOf(request), request.body)),
  );
  r.get(
    "/v1/accounts/:id",
    {
      config: { roles: readers },
      schema: { tags, summary: "One account", params: idParams, response: { 200: account } },
    },
    (request) => getAccount(deps, actorOf(request), request.params.id),
  );
  r.put(
    "/v1/accounts/:id/assignment",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Place an account with an agency and collector",
        params: idParams,
        body: assignmentBody,
        response: { 200: account },
      },
    },
    (request) => assignAccount(deps, actorOf(request), request.params.id, request.body),
  );
}
