import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { DecryptionError } from "../privacy/personal-data-codec.js";
import type { LoginPolicy } from "../services/auth/sessions.js";
import type { DecisionDeps } from "../services/contacts/decide-contact.js";
import type { DecisionGateway } from "../services/contacts/decision-gateway.js";
import { recordDecryptionFailure } from "../services/privacy/record-decryption-failure.js";
import { authHook } from "./auth-hook.js";
import { registerMetrics } from "./metrics.js";
import { handleError, problemOf } from "./problem.js";
import { accountRoutes } from "./routes/accounts.routes.js";
import { adminRoutes } from "./routes/admin.routes.js";
import { agreementRoutes } from "./routes/agreements.routes.js";
import { authRoutes } from "./routes/auth.routes.js";
import { borrowerRoutes } from "./routes/borrowers.routes.js";
import { contactRoutes } from "./routes/contacts.routes.js";
import { ledgerRoutes } from "./routes/ledger.routes.js";
import { oversightRoutes } from "./routes/oversight.routes.js";
import { privacyRoutes } from "./routes/privacy.routes.js";
import { screeningRoutes } from "./routes/screening.routes.js";
import { registerSecurityHeaders } from "./security-headers.js";

export type HttpOptions = {
  /** How contact decisions are committed (grouped on SQLite, direct on PostgreSQL). */
  gateway: DecisionGateway;
  logLevel: string;
  trustProxy: boolean;
  login: LoginPolicy;
};

/**
 * The Fastify app with every route, without listening: tests inject requests,
 * `serve` listens. Logs carry method, route and request id, never bodies, cookies
 * or tokens.
 */
export async function createHttpApp(deps: DecisionDeps, options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: {
        paths: ["req.headers.cookie", "req.headers.authorization", "res.headers['set-cookie']"],
        censor: "[redacted]",
      },
      serializers: {
        req: (req) => ({ method: req.method, url: req.routeOptions?.url ?? "unmatched", id: req.id }),
      },
    },
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy,
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof DecryptionError) {
      await recordDecryptionFailure(deps, error, request.actor?.userId ?? "system").catch((failure) =>
        request.log.error({ err: failure }, "recording a decryption failure failed"),
      );
    }
    return handleError(error, request, reply);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type("application/problem+json")
      .send(problemOf("NOT_FOUND", "no such route", request.id)),
  );
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  // The docs UI is public; the hook must exist before the UI plugin adds its routes.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/docs")) route.config = { ...route.config, public: true };
  });
  // A strict CSP for the API; the docs UI sends its own (staticCSP) with hashes of its inline parts.
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "FairCollect API",
        version: "1.0.0",
        description: "Collection without harassment, provably.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "fc_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/docs",
    uiConfig: { docExpansion: "list" },
    staticCSP: true,
    transformStaticCSP: (header) => header,
  });
  app.addHook("onRequest", authHook(deps));

  registerMetrics(app);
  app.get("/healthz", { config: { public: true }, schema: { hide: true } }, async () => {
    const failure = options.gateway.failure?.();
    if (failure) throw failure;
    await deps.store.db.selectFrom("lender").select("id").limit(1).execute();
    return { status: "ok" };
  });
  app.get("/openapi.json", { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  authRoutes(app, deps, options.login);
  borrowerRoutes(app, deps);
  accountRoutes(app, deps);
  adminRoutes(app, deps);
  agreementRoutes(app, deps);
  privacyRoutes(app, deps);
  contactRoutes(app, deps, options.gateway);
  ledgerRoutes(app, deps);
  screeningRoutes(app, deps);
  oversightRoutes(app, deps);
  return app;
}
