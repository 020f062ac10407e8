import {
  contactDecision,
  contactDecisionBody,
  contactStatus,
  idParams,
  outcomeBody,
  outcomeRecorded,
  problem,
} from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { contactStatusOf } from "../../services/contacts/contact-status.js";
import type { DecisionDeps } from "../../services/contacts/decide-contact.js";
import type { DecisionGateway } from "../../services/contacts/decision-gateway.js";
import { recordOutcome } from "../../services/contacts/record-outcome.js";
import { actorOf } from "../auth-hook.js";

const tags = ["contacts"];

/** The contact gateway: ask before any contact, then report what happened. */
export function contactRoutes(app: FastifyInstance, deps: DecisionDeps, gateway: DecisionGateway): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/contact-decisions",
    {
      config: { roles: ["collector"] },
      schema: {
        tags,
        summary: "Ask whether a contact may happen: allow, defer until an instant, or deny, with reasons",
        description:
          "Recorded (with its ledger entry) before it is answered. Denied and deferred requests are recorded too.",
        body: contactDecisionBody,
        response: { 201: contactDecision, 400: problem, 404: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await gateway.decide(actorOf(request), request.body)),
  );
  r.post(
    "/v1/contact-decisions/:id/outcome",
    {
      config: { roles: ["collector"] },
      schema: {
        tags,
        summary: "Record what happened on an allowed contact",
        params: idParams,
        body: outcomeBody,
        response: { 201: outcomeRecorded },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordOutcome(deps, actorOf(request), request.params.id, request.body)),
  );
  r.get(
    "/v1/accounts/:id/contact-status",
    {
      config: { roles: ["collector", "supervisor"] },
      schema: {
        tags,
        summary: "Per channel: allowed now or when next, and what is left of each cap (nothing is recorded)",
        params: idParams,
        response: { 200: contactStatus },
      },
    },
    (request) => contactStatusOf(deps, actorOf(request), request.params.id),
  );
}
