import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

describe("data-sharing agreements", () => {
  let t: TestApp;
  let supervisor: string;
  const agencyOf = async (code: string) =>
    (
      await t.deps.store.db
        .selectFrom("agencies")
        .select("id")
        .where("code", "=", code)
        .executeTakeFirstOrThrow()
    ).id;
  const accountsOf = async (agencyCode: string) =>
    t.deps.store.db
      .selectFrom("accounts")
      .select(["id", "collector_id"])
      .where("agency_id", "=", await agencyOf(agencyCode))
      .execute();
  const agreementOf = async (code: string) =>
    (
      await t.deps.store.db
        .selectFrom("agreements")
        .select("id")
        .where("agency_id", "=", await agencyOf(code))
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    t = await buildDemoApp();
    supervisor = await loginAs(t.app, "supervisor");
  });
  afterAll(async () => t?.drop());

  it("gives agent-a 404 for an account placed with agency B", async () => {
    const agentA = await loginAs(t.app, "agent-a");
    const [placedWithB] = await accountsOf("B");
    const res = await t.app.inject({ url: `/v1/accounts/${placedWithB!.id}`, headers: { cookie: agentA } });
    expect(res.statusCode).toBe(404);
  });

  it("refuses a purpose that is not on the agreement with 403 naming the purpose", async () => {
    const agentA = await loginAs(t.app, "agent-a");
    const res = await t.app.inject({
      url: "/v1/accounts",
      headers: { cookie: agentA, "x-purpose": "marketing" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain("`marketing`");
    const ok = await t.app.inject({
      url: "/v1/accounts",
      headers: { cookie: agentA, "x-purpose": "repayment_reminder" },
    });
    expect(ok.statusCode).toBe(200);
  });

  it("cuts an agency's access on the next request once its agreement ends, and records the change in the ledger", async () => {
    const agentB = await loginAs(t.app, "agent-b");
    const before = await t.app.inject({ url: "/v1/accounts", headers: { cookie: agentB } });
    const reachable = before.json() as { id: string }[];
    expect(reachable.length).toBeGreaterThan(0);
    const id = await agreementOf("B");
    const ended = await t.app.inject({
      method: "PATCH",
      url: `/v1/agreements/${id}`,
      headers: { cookie: supervisor },
      payload: { status: "terminated" },
    });
    expect(ended.json()).toMatchObject({ status: "terminated", inForce: false, version: 2 });
    const after = await t.app.inject({ url: "/v1/accounts", headers: { cookie: agentB } });
    expect(after.json()).toEqual([]);
    const one = await t.app.inject({ url: `/v1/accounts/${reachable[0]!.id}`, headers: { cookie: agentB } });
    expect(one.statusCode).toBe(404);
    const entries = await t.deps.store.db
      .selectFrom("ledger_entries")
      .select("body")
      .where("type", "=", "agreement.changed")
      .execute();
    expect(entries.map((e) => JSON.parse(e.body).change)).toContain("terminated");
  });

  it("refuses an agreement that ends before it starts, naming validUntil", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/agreements",
      headers: { cookie: supervisor },
      payload: {
        agencyId: await agencyOf("C"),
        purposes: ["collection"],
        fields: ["name"],
        validFrom: "2026-12-01T00:00:00Z",
        validUntil: "2026-11-01T00:00:00Z",
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("body.validUntil");
  });

  it("refuses a state-changing request with a session cookie from another site", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/v1/agencies",
      headers: { cookie: supervisor, origin: "https://evil.example", "content-type": "application/json" },
      payload: { code: "EVIL", name: "Evil" },
    });
    expect(res.statusCode).toBe(403);
    expect(
      await t.deps.store.db.selectFrom("agencies").select("id").where("code", "=", "EVIL").execute(),
    ).toEqual([]);
  });
});
