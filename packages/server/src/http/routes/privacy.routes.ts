import { alert, dataAccess, dataAccessQuery } from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../services/deps.js";
import { listAlerts, myDataAccess } from "../../services/privacy/data-access.js";
import { actorOf } from "../auth-hook.js";

const tags = ["privacy"];

/** A borrower's view of who read their data, and alerts about unusual reading. */
export function privacyRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/me/data-access",
    {
      config: { roles: ["borrower"] },
      schema: {
        tags,
        summary: "Who read my personal data, when, which fields and why (from the ledger)",
        querystring: dataAccessQuery,
        response: { 200: z.array(dataAccess) },
      },
    },
    (request) => myDataAccess(deps, actorOf(request), request.query),
  );
  r.get(
    "/v1/alerts",
    {
      config: { roles: ["supervisor", "auditor"] },
      schema: { tags, summary: "Alerts about access to personal data", response: { 200: z.array(alert) } },
    },
    () => listAlerts(deps),
  );
}
