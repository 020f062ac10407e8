import {
  addLexiconTermsBody,
  createTemplateBody,
  lexiconChanged,
  lexiconView,
  messageTemplate,
  problem,
  templatesQuery,
} from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ScreeningDeps } from "../../services/screening/lexicon-source.js";
import { addLexiconTerms, getLexicon } from "../../services/screening/lexicon-terms.js";
import { approveMessageTemplate, listTemplates } from "../../services/screening/message-templates.js";
import { actorOf } from "../auth-hook.js";

const tags = ["screening"];

/** What messages may say: approved templates and the terms supervisors add to the lexicon. */
export function screeningRoutes(app: FastifyInstance, deps: ScreeningDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/templates",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Approve a message template; its fixed text is screened once, here",
        description:
          "Blocked text is refused naming category and span. Text with review-level findings is refused unless `acknowledgeFindings` is true: the approving supervisor is the review. Approving a name again makes a new version.",
        body: createTemplateBody,
        response: { 201: messageTemplate, 400: problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await approveMessageTemplate(deps, actorOf(request), request.body)),
  );
  r.get(
    "/v1/templates",
    {
      config: { roles: ["supervisor", "collector", "auditor"] },
      schema: {
        tags,
        summary: "Approved templates, newest version of each name first",
        querystring: templatesQuery,
        response: { 200: z.array(messageTemplate) },
      },
    },
    (request) => listTemplates(deps, request.query),
  );
  r.post(
    "/v1/lexicon/terms",
    {
      config: { roles: ["supervisor"] },
      schema: {
        tags,
        summary: "Add terms to a screening category as a new, recorded lexicon version",
        body: addLexiconTermsBody,
        response: { 201: lexiconChanged, 400: problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addLexiconTerms(deps, actorOf(request), request.body)),
  );
  r.get(
    "/v1/lexicon",
    {
      config: { roles: ["supervisor", "auditor"] },
      schema: {
        tags,
        summary: "The lexicon version in force and the terms supervisors added",
        response: { 200: lexiconView },
      },
    },
    () => getLexicon(deps),
  );
}
