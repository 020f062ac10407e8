import {
  idParams,
  problem,
  qaItem,
  qaItemsQuery,
  resolveQaItemBody,
  violation,
  violationsQuery,
} from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../services/deps.js";
import { listQaItems, resolveQaItem } from "../../services/screening/review-queue.js";
import { listViolations } from "../../services/violations/list-violations.js";
import { actorOf } from "../auth-hook.js";

const tags = ["oversight"];

/** The supervisor's QA queue and the violations found after the fact; auditors read both. */
export function oversightRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/qa/items",
    {
      config: { roles: ["supervisor", "auditor"] },
      schema: {
        tags,
        summary: "The QA queue: messages deferred for review and call transcripts with findings",
        description: "Message and transcript text is shown to supervisors only.",
        querystring: qaItemsQuery,
        response: { 200: z.array(qaItem) },
      },
    },
    (request) => listQaItems(deps, actorOf(request), request.query),
  );
  r.post(
    "/v1/qa/items/:id/resolve",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Approve or reject a pending QA item, with a note",
        description:
          "An approved message may be sent once: the collector asks again with the same text (or template and variables) and `message.reviewItemId`. For a transcript, approval confirms its violations and rejection marks them as false positives.",
        params: idParams,
        body: resolveQaItemBody,
        response: { 200: qaItem, 404: problem, 409: problem },
      },
    },
    (request) => resolveQaItem(deps, actorOf(request), request.params.id, request.body),
  );
  r.get(
    "/v1/violations",
    {
      config: { roles: ["supervisor", "auditor"] },
      schema: {
        tags,
        summary:
          "Violations from transcripts, late-recorded protections and blocked content, with their contact",
        description: "`from` and `to` bound when the contact happened (`to` exclusive).",
        querystring: violationsQuery,
        response: { 200: z.array(violation) },
      },
    },
    (request) => listViolations(deps, request.query),
  );
}
