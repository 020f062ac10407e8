import {
  borrower,
  borrowerLookupBody,
  borrowersQuery,
  createBorrowerBody,
  createThirdPartyBody,
  hold,
  holdsResponse,
  idParams,
  preferences,
  preferencesBody,
  recordHoldBody,
  thirdParty,
} from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { createBorrower } from "../../services/borrowers/create-borrower.js";
import { getBorrower, listBorrowers, lookupBorrowers } from "../../services/borrowers/read-borrowers.js";
import type { ServiceDeps } from "../../services/deps.js";
import { listHolds, recordHold } from "../../services/holds/holds.js";
import { getPreferences, setPreferences } from "../../services/preferences/preferences.js";
import { addThirdParty, listThirdParties } from "../../services/third-parties/third-parties.js";
import { actorOf } from "../auth-hook.js";

const tags = ["borrowers"];

/** Borrowers and what hangs off them: third parties, holds, contact preferences. */
export function borrowerRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/borrowers",
    {
      config: { roles: ["supervisor", "collector", "auditor"] },
      schema: {
        tags,
        summary: "Borrowers the caller may reach",
        querystring: borrowersQuery,
        response: { 200: z.array(borrower) },
      },
    },
    (request) => listBorrowers(deps, actorOf(request), request.query),
  );
  r.post(
    "/v1/borrowers",
    {
      config: { roles: ["supervisor"] },
      schema: { tags, summary: "Register a borrower", body: createBorrowerBody, response: { 201: borrower } },
    },
    async (request, reply) =>
      reply.code(201).send(await createBorrower(deps, actorOf(request), request.body)),
  );
  r.post(
    "/v1/borrowers/lookup",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Find borrowers by exact phone or national id",
        body: borrowerLookupBody,
        response: { 200: z.array(borrower) },
      },
    },
    (request) => lookupBorrowers(deps, actorOf(request), request.body),
  );
  r.get(
    "/v1/borrowers/:id",
    {
      config: { roles: ["supervisor", "collector", "borrower", "auditor"] },
      schema: { tags, summary: "One borrower", params: idParams, response: { 200: borrower } },
    },
    (request) => getBorrower(deps, actorOf(request), request.params.id),
  );
  r.get(
    "/v1/borrowers/:id/third-parties",
    {
      config: { roles: ["supervisor", "collector"] },
      schema: {
        tags,
        summary: "The borrower's third-party contacts",
        params: idParams,
        response: { 200: z.array(thirdParty) },
      },
    },
    (request) => listThirdParties(deps, actorOf(request), request.params.id),
  );
  r.post(
    "/v1/borrowers/:id/third-parties",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Add a third-party contact",
        params: idParams,
        body: createThirdPartyBody,
        response: { 201: thirdParty },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addThirdParty(deps, actorOf(request), request.params.id, request.body)),
  );
  r.get(
    "/v1/borrowers/:id/holds",
    {
      config: { roles: ["supervisor", "collector", "borrower"] },
      schema: {
        tags,
        summary: "Hold rows and the holds in force",
        params: idParams,
        response: { 200: holdsResponse },
      },
    },
    (request) => listHolds(deps, actorOf(request), request.params.id),
  );
  r.post(
    "/v1/borrowers/:id/holds",
    {
      config: { roles: ["supervisor", "borrower"] },
      schema: {
        tags,
        summary: "Start or end a hold (cease, dispute, attorney, vulnerability, complaint hold)",
        params: idParams,
        body: recordHoldBody,
        response: { 201: hold },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordHold(deps, actorOf(request), request.params.id, request.body)),
  );
  r.get(
    "/v1/borrowers/:id/preferences",
    {
      config: { roles: ["supervisor", "collector", "borrower"] },
      schema: {
        tags,
        summary: "Contact preferences in force",
        params: idParams,
        response: { 200: preferences },
      },
    },
    (request) => getPreferences(deps, actorOf(request), request.params.id),
  );
  r.put(
    "/v1/borrowers/:id/preferences",
    {
      config: { roles: ["supervisor", "borrower"] },
      schema: {
        tags,
        summary: "State new contact preferences",
        params: idParams,
        body: preferencesBody,
        response: { 200: preferences },
      },
    },
    (request) => setPreferences(deps, actorOf(request), request.params.id, request.body),
  );
}
