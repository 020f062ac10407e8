import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetention } from "../src/services/retention/run-retention.js";
import type { TestApp } from "../src/test-support/test-app.js";
import { dialects } from "../src/test-support/test-database.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

const YEAR_MS = 365.25 * 86_400_000;

describe.each(dialects)("retention and decryption failures on %s", (dialect) => {
  let t: TestApp;
  let supervisor: string;
  beforeAll(async () => {
    t = await buildDemoApp(dialect);
    supervisor = await loginAs(t.app, "supervisor");
  });
  afterAll(async () => {
    await t?.drop();
  });

  // A supervisor sees full values only after stating a purpose.
  const get = (url: string) =>
    t.app.inject({ method: "GET", url, headers: { cookie: supervisor, "x-purpose": "retention_review" } });

  it("shreds only the borrowers past their jurisdiction's period, and their data reads as erased", async () => {
    const { db } = t.deps.store;
    const borrowers = await db.selectFrom("borrowers").select(["id", "jurisdiction"]).orderBy("id").execute();
    const us = borrowers.filter((b) => b.jurisdiction === "US");
    const cn = borrowers.filter((b) => b.jurisdiction === "CN");
    expect(us.length).toBeGreaterThan(1);
    expect(cn.length).toBeGreaterThan(0);
    const [recentUs, ...oldUs] = us;
    const now = new Date(Date.now() + 4 * YEAR_MS);
    // An activity a year before `now` keeps this US borrower inside the three years.
    await db
      .updateTable("accounts")
      .set({ created_at: new Date(now.getTime() - YEAR_MS).toISOString() })
      .where("borrower_id", "=", recentUs!.id)
      .execute();
    const oldView = await get(`/v1/borrowers/${oldUs[0]!.id}`);
    const phone = (oldView.json() as { phones: string[] }).phones[0]!;

    const { erased } = await runRetention(t.deps, { now, years: { CN: 5, US: 3 } });

    expect(new Set(erased)).toEqual(new Set(oldUs.map((b) => b.id)));
    const gone = await get(`/v1/borrowers/${oldUs[0]!.id}`);
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toMatchObject({
      erased: true,
      name: "[erased]",
      phones: [],
      email: null,
      nationalId: null,
    });
    const thirdParties = await get(`/v1/borrowers/${oldUs[0]!.id}/third-parties`);
    expect(thirdParties.statusCode).toBe(200);
    for (const p of thirdParties.json() as { erased: boolean }[]) expect(p.erased).toBe(true);
    expect((await get(`/v1/borrowers/${recentUs!.id}`)).json()).toMatchObject({ erased: false });
    expect((await get(`/v1/borrowers/${cn[0]!.id}`)).json()).toMatchObject({ erased: false });
    const lookup = await t.app.inject({
      method: "POST",
      url: "/v1/borrowers/lookup",
      headers: { cookie: supervisor },
      payload: { phone },
    });
    expect(lookup.json()).toEqual([]);
    const indexes = await db
      .selectFrom("borrower_phone_index")
      .select("borrower_id")
      .where("borrower_id", "in", erased)
      .execute();
    expect(indexes).toEqual([]);
    const keys = await db.selectFrom("data_keys").selectAll().where("owner_id", "in", erased).execute();
    expect(keys.every((k) => k.wrapped === null && k.destroyed_at === now.toISOString())).toBe(true);
    const entries = await db
      .selectFrom("ledger_entries")
      .select("body")
      .where("type", "=", "borrower.erased")
      .execute();
    expect(entries.map((e) => (JSON.parse(e.body) as { borrowerId: string }).borrowerId).sort()).toEqual(
      [...erased].sort(),
    );
    expect((await runRetention(t.deps, { now, years: { CN: 5, US: 3 } })).erased).toEqual([]);
  });

  it("answers DECRYPTION_FAILED for a tampered field, never its content, and records it in the ledger", async () => {
    const { db } = t.deps.store;
    const row = await db
      .selectFrom("borrowers")
      .innerJoin("data_keys", "data_keys.owner_id", "borrowers.id")
      .select(["borrowers.id", "borrowers.email_sealed"])
      .where("data_keys.wrapped", "is not", null)
      .where("borrowers.email_sealed", "is not", null)
      .executeTakeFirstOrThrow();
    const sealed = row.email_sealed!;
    const flipped = sealed.at(-3) === "A" ? "B" : "A";
    await db
      .updateTable("borrowers")
      .set({ email_sealed: `${sealed.slice(0, -3)}${flipped}${sealed.slice(-2)}` })
      .where("id", "=", row.id)
      .execute();
    const res = await get(`/v1/borrowers/${row.id}`);
    expect(res.statusCode).toBe(500);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "DECRYPTION_FAILED" });
    expect(res.body).not.toContain("@");
    const failures = await db
      .selectFrom("ledger_entries")
      .select("body")
      .where("type", "=", "decryption.failed")
      .execute();
    expect(failures.map((f) => JSON.parse(f.body))).toContainEqual(
      expect.objectContaining({ table: "borrowers", recordId: row.id, field: "email", keyId: row.id }),
    );
  });
});
