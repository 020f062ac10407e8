import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBorrowers } from "../src/services/borrowers/read-borrowers.js";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

type View = {
  id: string;
  name: string | null;
  phones: string[];
  email: string | null;
  nationalId: string | null;
  address: string | null;
  disclosure: string;
};

describe("need-to-know and the read log", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp();
  });
  afterAll(async () => t?.drop());
  const get = async (cookie: string, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { cookie, ...headers } });

  it("shows an agency's collector only the fields its agreement grants, masked", async () => {
    const agentA = await loginAs(t.app, "agent-a");
    const views = (await get(agentA, "/v1/borrowers?limit=500")).json() as View[];
    expect(views.length).toBeGreaterThan(0);
    for (const v of views) {
      expect(v.disclosure).toBe("masked");
      expect(v.email).toBeNull();
      expect(v.nationalId).toBeNull();
      expect(v.phones.every((p) => p.includes("****"))).toBe(true);
    }
    const third = await get(agentA, `/v1/borrowers/${views[0]!.id}/third-parties`);
    expect(third.statusCode).toBe(403);
    expect(third.json().detail).toContain("thirdParties");
  });

  it("shows an auditor stable pseudonyms and never a value", async () => {
    const auditor = await loginAs(t.app, "auditor");
    const first = (await get(auditor, "/v1/borrowers?limit=5")).json() as View[];
    const again = (await get(auditor, "/v1/borrowers?limit=5")).json() as View[];
    expect(first.map((v) => v.name)).toEqual(again.map((v) => v.name));
    for (const v of first) {
      expect(v.disclosure).toBe("pseudonym");
      expect(v.name).toMatch(/^P-[0-9a-f]{12}$/);
      expect(v.phones.every((p) => /^P-[0-9a-f]{12}$/.test(p))).toBe(true);
    }
  });

  it("shows a supervisor full values only with a stated purpose", async () => {
    const supervisor = await loginAs(t.app, "supervisor");
    const [masked] = (await get(supervisor, "/v1/borrowers?limit=1")).json() as View[];
    const [full] = (
      await get(supervisor, "/v1/borrowers?limit=1", { "x-purpose": "complaint_handling" })
    ).json() as View[];
    expect(masked!.disclosure).toBe("masked");
    expect(full!.disclosure).toBe("full");
    expect(full!.phones[0]).toMatch(/^\+\d+$/);
  });

  it("lists every read of a borrower's data for them, exactly as the ledger has it", async () => {
    const borrowerCookie = await loginAs(t.app, "borrower");
    const me = (await get(borrowerCookie, "/v1/me")).json() as { borrowerId: string };
    const supervisor = await loginAs(t.app, "supervisor");
    await get(supervisor, `/v1/borrowers/${me.borrowerId}`, { "x-purpose": "complaint_handling" });
    await get(borrowerCookie, `/v1/borrowers/${me.borrowerId}`);
    const access = (await get(borrowerCookie, "/v1/me/data-access")).json() as {
      ledgerIndex: number;
      reader: { role: string } | null;
      purpose: string;
      fields: string[];
    }[];
    expect(access.map((a) => [a.reader?.role, a.purpose])).toEqual(
      expect.arrayContaining([
        ["supervisor", "complaint_handling"],
        ["borrower", "self_service"],
      ]),
    );
    const ledger = await t.deps.store.db
      .selectFrom("ledger_entries")
      .select(["idx", "body"])
      .where("type", "=", "pii.read")
      .execute();
    const mine = ledger
      .filter((e) => JSON.parse(e.body).subjectId === me.borrowerId)
      .map((e) => Number(e.idx));
    expect(access.map((a) => a.ledgerIndex).sort((a, b) => a - b)).toEqual(mine.sort((a, b) => a - b));
  });

  it("raises one alert when a user reads more borrowers in an hour than allowed", async () => {
    const supervisorId = (
      await t.deps.store.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "supervisor")
        .executeTakeFirstOrThrow()
    ).id;
    const actor = { userId: supervisorId, role: "supervisor" as const, agencyId: null, borrowerId: null };
    const deps = { ...t.deps, readAlerts: { borrowersPerHour: 10 } };
    await listBorrowers(deps, actor, { limit: 20, offset: 0 });
    await listBorrowers(deps, actor, { limit: 20, offset: 20 });
    const alerts = await t.deps.store.db
      .selectFrom("alerts")
      .selectAll()
      .where("user_id", "=", supervisorId)
      .execute();
    expect(alerts).toHaveLength(1);
    expect(JSON.parse(alerts[0]!.detail)).toMatchObject({ limit: 10 });
    const supervisor = await loginAs(t.app, "supervisor");
    expect(((await get(supervisor, "/v1/alerts")).json() as unknown[]).length).toBeGreaterThanOrEqual(1);
  });
});
