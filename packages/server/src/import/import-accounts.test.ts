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
    const csv = sampleAccountsCsv(2).replace("status,", "state,");
    const result = await importAccounts(t.deps, Readable.from([csv]));
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(["status", "state"]);
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

  it("refuses to import the same account refs twice", async () => {
    const result = await importAccounts(t.deps, Readable.from([sampleAccountsCsv(3)]));
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual([
      "account_ref",
      "account_ref",
      "account_ref",
    ]);
  });
});
