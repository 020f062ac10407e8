import { agreement, amendAgreementBody, createAgreementBody, idParams } from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { amendAgreement, createAgreement, listAgreements } from "../../services/agreements/agreements.js";
import type { ServiceDeps } from "../../services/deps.js";
import { actorOf } from "../auth-hook.js";

const tags = ["agreements"];

/** Data-sharing agreements with agencies, managed by supervisors and visible to auditors. */
export function agreementRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/agreements",
    {
      config: { roles: ["supervisor", "auditor"] },
      schema: { tags, summary: "Data-sharing agreements", response: { 200: z.array(agreement) } },
    },
    () => listAgreements(deps),
  );
  r.post(
    "/v1/agreements",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Record a data-sharing agreement with an agency: fields, purposes, period",
        body: createAgreementBody,
        response: { 201: agreement },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAgreement(deps, actorOf(request), request.body)),
  );
  r.patch(
    "/v1/agreements/:id",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Amend, suspend, resume or terminate an agreement; effective on the agency's next request",
        params: idParams,
        body: amendAgreementBody,
        response: { 200: agreement },
      },
    },
    (request) => amendAgreement(deps, actorOf(request), request.params.id, request.body),
  );
}
