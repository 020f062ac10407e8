import { randomUUID } from "node:crypto";
import type { Role } from "@faircollect/domain/records/vocabulary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

const all: Role[] = ["admin", "supervisor", "collector", "borrower", "auditor"];

/**
 * Who may call what, written from the role table of shared/DESIGN.md. A route
 * missing here fails the test, so every new route gets a row.
 */
const matrix: Record<string, Role[]> = {
  "GET /v1/me": all,
  "GET /v1/me/data-access": ["borrower"],
  "GET /v1/alerts": ["supervisor", "auditor"],
  "GET /v1/borrowers": ["supervisor", "collector", "auditor"],
  "POST /v1/borrowers": ["supervisor"],
  "POST /v1/borrowers/lookup": ["supervisor"],
  "GET /v1/borrowers/{id}": ["supervisor", "collector", "borrower", "auditor"],
  "GET /v1/borrowers/{id}/third-parties": ["supervisor", "collector"],
  "POST /v1/borrowers/{id}/third-parties": ["supervisor"],
  "GET /v1/borrowers/{id}/holds": ["supervisor", "collector", "borrower"],
  "POST /v1/borrowers/{id}/holds": ["supervisor", "borrower"],
  "GET /v1/borrowers/{id}/preferences": ["supervisor", "collector", "borrower"],
  "PUT /v1/borrowers/{id}/preferences": ["supervisor", "borrower"],
  "GET /v1/accounts": ["supervisor", "collector", "borrower", "auditor"],
  "POST /v1/accounts": ["supervisor"],
  "GET /v1/accounts/{id}": ["supervisor", "collector", "borrower", "auditor"],
  "PUT /v1/accounts/{id}/assignment": ["supervisor"],
  "GET /v1/agencies": ["supervisor", "admin", "auditor"],
  "POST /v1/agencies": ["supervisor"],
  "GET /v1/agreements": ["supervisor", "auditor"],
  "POST /v1/agreements": ["supervisor"],
  "PATCH /v1/agreements/{id}": ["supervisor"],
  "GET /v1/users": ["admin", "supervisor"],
  "POST /v1/users": ["admin"],
  "PUT /v1/users/{id}/certification": ["supervisor"],
  "GET /v1/tokens": ["admin"],
  "POST /v1/tokens": ["admin"],
  "DELETE /v1/tokens/{id}": ["admin"],
  "POST /v1/contact-decisions": ["collector"],
  "POST /v1/contact-decisions/{id}/outcome": ["collector"],
  "GET /v1/accounts/{id}/contact-status": ["collector", "supervisor"],
  "POST /v1/templates": ["supervisor"],
  "GET /v1/templates": ["supervisor", "collector", "auditor"],
  "POST /v1/lexicon/terms": ["supervisor"],
  "GET /v1/lexicon": ["supervisor", "auditor"],
  "GET /v1/qa/items": ["supervisor", "auditor"],
  "POST /v1/qa/items/{id}/resolve": ["supervisor"],
  "GET /v1/violations": ["supervisor", "auditor"],
  "GET /v1/ledger/checkpoint": ["auditor", "supervisor"],
  "GET /v1/ledger/entries": ["auditor", "supervisor"],
  "GET /v1/ledger/proofs/inclusion": ["auditor", "supervisor"],
  "GET /v1/ledger/proofs/consistency": ["auditor", "supervisor"],
  "GET /v1/ledger/receipts/{index}": ["auditor", "supervisor", "borrower"],
  "GET /v1/me/receipts": ["borrower"],
  "POST /v1/ledger/cosignatures": ["auditor"],
  // Last: calling it ends the session the other rows use.
  "POST /v1/auth/logout": all,
};
const publicRoutes = new Set(["POST /v1/auth/login"]);
const demoUserOf: Record<Role, string> = {
  admin: "admin",
  supervisor: "supervisor",
  collector: "agent-a",
  borrower: "borrower",
  auditor: "auditor",
};

describe("route access", () => {
  let t: TestApp;
  let routes: string[];
  const cookies = new Map<Role, string>();
  beforeAll(async () => {
    t = await buildDemoApp();
    const spec = (await t.app.inject({ url: "/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const role of all) cookies.set(role, await loginAs(t.app, demoUserOf[role]));
  });
  afterAll(async () => t?.drop());

  const call = (route: string, cookie?: string) => {
    const [method, path] = route.split(" ") as [string, string];
    return t.app.inject({
      method: method as "GET",
      url: path.replaceAll("{id}", randomUUID()),
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === "GET" || method === "DELETE" ? {} : { "content-type": "application/json" }),
      },
      ...(method === "GET" || method === "DELETE" ? {} : { payload: "{}" }),
    });
  };

  it("documents every /v1 route in /openapi.json and has a row for each in the role table", () => {
    const v1 = routes.filter((r) => r.includes(" /v1/") && !publicRoutes.has(r)).sort();
    expect(v1).toEqual(Object.keys(matrix).sort());
  });

  it("refuses an anonymous caller on every /v1 route except login", async () => {
    for (const route of Object.keys(matrix)) {
      const res = await call(route);
      expect({ route, status: res.statusCode }).toEqual({ route, status: 401 });
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("lets each role reach exactly the routes its row allows, for the lender's and both agencies' collectors", async () => {
    const callers: [Role, string, string][] = all.map((role) => [role, demoUserOf[role], cookies.get(role)!]);
    for (const username of ["collector", "agent-b"])
      callers.push(["collector", username, await loginAs(t.app, username)]);
    for (const [route, allowed] of Object.entries(matrix)) {
      for (const [role, username, cookie] of callers) {
        const res = await call(route, cookie);
        const refused = res.statusCode === 403;
        expect({ route, username, refused }).toEqual({ route, username, refused: !allowed.includes(role) });
        expect(res.statusCode).not.toBe(401);
        expect(res.statusCode).toBeLessThan(500);
      }
    }
  });

  it("logs in every demo user with the demo password", async () => {
    for (const username of [
      "admin",
      "supervisor",
      "auditor",
      "collector",
      "agent-a",
      "agent-b",
      "borrower",
    ]) {
      const me = await t.app.inject({ url: "/v1/me", headers: { cookie: await loginAs(t.app, username) } });
      expect(me.json()).toMatchObject({ username });
    }
  });
});
