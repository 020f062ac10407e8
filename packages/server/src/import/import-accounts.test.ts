import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../test-support/test-app.js";
import { sampleAccountsCsv } from "./account-csv.js";
import { importAccounts } from "./import-accounts.js";

describe("importAccounts", () => {
  let t: TestApp;
  const count = async (table: "accounts" | "borrowers" | "ledger_entries") =>
    Number(
      (
        await t.deps.store.db
          .selectFrom(table)
          .select(({ fn }) => fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeAll(async () => {
    t = await buildTestApp("sqlite");
  });
  afterAll(async () => t?.drop());

  it("names each bad line and column and imports nothing", async () => {
    const lines = sampleAccountsCsv(20).split("\n");
    lines[3] = lines[3]!.replace("Asia/Shanghai", "Asia/Atlantis");
    lines[8] = lines[8]!.replace("2026-09-30", "2026-13-01");
    lines[15] = lines[15]!.replace("5000.00", "five");
    const result = await importAccounts(t.deps, Readable.from([lines.join("\n")]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [4, "time_zone"],
      [9, "due_date"],
      [16, "principal"],
    ]);
    expect(await count("accounts")).toBe(0);
    expect(await count("borrowers")).toBe(0);
    expect(await count("ledger_entries")).toBe(0);
  });

  it("names a missing column on line 1", async () => {
    const csv = sampleAccountsCsv(2).replace("status,", "stage,");
    const result = await importAccounts(t.deps, Readable.from([csv]));
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(["status", "stage"]);
  });

  it("imports every row of a valid file, one borrower per borrower_ref, with ledger entries", async () => {
    const progress: number[] = [];
    const result = await importAccounts(t.deps, Readable.from([sampleAccountsCsv(1200)]), (phase, done) => {
      if (phase === "write") progress.push(done);
    });
    expect(result).toEqual({ ok: true, borrowers: 600, accounts: 1200 });
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await count("accounts")).toBe(1200);
    expect(await count("ledger_entries")).toBe(1800);
  });

  it("names a bad state, a state of a CN borrower and a notice of an account no agency holds", async () => {
    const lines = sampleAccountsCsv(20).replaceAll("IMP-", "BAD-").split("\n");
    const us = lines.findIndex((l) => l.includes(",US,"));
    lines[us] = lines[us]!.replace(/,(NY|MA),/, ",Mass,");
    lines[2] = lines[2]!.replace(/,,,,,$/, ",,,MA,,");
    lines[3] = lines[3]!.replace(/,$/, ",2026-09-01T10:00:00+08:00");
    const result = await importAccounts(t.deps, Readable.from([lines.join("\n")]));
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "state"],
      [4, "outsourcing_notice_at"],
      [us + 1, "state"],
    ]);
  });

  it("imports a file without the optional columns, and the states and notices of one with them", async () => {
    // The optional columns are the last three, and their values hold no commas.
    const bare = sampleAccountsCsv(20)
      .split("\n")
      .map((l) => l.replace(/(,[^,]*){3}$/, ""))
      .join("\n");
    expect(await importAccounts(t.deps, Readable.from([bare.replaceAll("IMP-", "BARE-")]))).toMatchObject({
      ok: true,
      accounts: 20,
    });
    const placed = sampleAccountsCsv(20)
      .replaceAll("IMP-", "FULL-")
      .split("\n")
      .map((l, i) => (i === 1 ? l.replace(/,,,,,$/, ",A,,,,2026-09-01T10:00:00+08:00") : l))
      .join("\n");
    await t.deps.store.db
      .insertInto("agencies")
      .values({ id: "agency-a", code: "A", name: "Agency A", created_at: new Date().toISOString() })
      .execute();
    expect(await importAccounts(t.deps, Readable.from([placed]))).toMatchObject({ ok: true, accounts: 20 });
    const rows = await t.deps.store.db
      .selectFrom("accounts")
      .innerJoin("borrowers", "borrowers.id", "accounts.borrower_id")
      .select([
        "accounts.ref",
        "borrowers.jurisdiction",
        "borrowers.state_code",
        "accounts.first_communication_at",
        "accounts.validation_notice_sent_at",
        "accounts.outsourcing_notice_at",
      ])
      .where("accounts.ref", "like", "FULL-%")
      .execute();
    const us = rows.filter((r) => r.jurisdiction === "US");
    expect(us.length).toBeGreaterThan(0);
    for (const r of us) {
      expect(["NY", "MA"]).toContain(r.state_code);
      expect(r.validation_notice_sent_at).toBe("2026-08-03T14:00:00.000Z");
      expect(r.first_communication_at).toBe("2026-08-03T14:00:00.000Z");
    }
    expect(rows.find((r) => r.ref === "FULL-A0")!.outsourcing_notice_at).toBe("2026-09-01T02:00:00.000Z");
  });

  it("refuses to import the same account refs twice", async () => {
    const result = await importAccounts(t.deps, Readable.from([sampleAccountsCsv(3)]));
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual([
      "account_ref",
      "account_ref",
      "account_ref",
    ]);
  });
});
