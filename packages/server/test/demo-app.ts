import type { FastifyInstance } from "fastify";
import { DEMO_PASSWORD, seedDemo } from "../src/demo/seed-demo.js";
import type { Dialect } from "../src/store/connect.js";
import { buildTestApp, type TestApp } from "../src/test-support/test-app.js";

/** A real app over a fresh database seeded with a small demo portfolio. */
export async function buildDemoApp(
  dialect: Dialect = "sqlite",
  options: { decisionWorker?: boolean } = {},
): Promise<TestApp> {
  const t = await buildTestApp(dialect, options);
  await seedDemo(t.deps, { size: { borrowers: 60, collectors: 8, historyDays: 30 } });
  return t;
}

/** Logs a demo user in and returns the cookie header that carries the session. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const res = await app.inject({ method: "POST", url: "/v1/auth/login", payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${username} answered ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "fc_session");
  if (!cookie) throw new Error("no session cookie");
  return `fc_session=${cookie.value}`;
}
