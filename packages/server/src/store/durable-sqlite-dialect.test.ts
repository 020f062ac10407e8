import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DurableSqliteDialect } from "./durable-sqlite-dialect.js";

type Db = { notes: { id: number; text: string } };

describe("DurableSqliteDialect", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A database whose flushes the test releases by hand. */
  function open() {
    const dir = mkdtempSync(join(tmpdir(), "fc-durable-"));
    dirs.push(dir);
    const sqlite = new SQLite(join(dir, "db.sqlite"));
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec("create table notes (id integer primary key, text text not null)");
    const flushes: (() => void)[] = [];
    const durable = () => new Promise<void>((resolve) => flushes.push(resolve));
    const db = new Kysely<Db>({ dialect: new DurableSqliteDialect({ database: sqlite }, durable) });
    return { db, flushes };
  }

  const settledSoon = async (promise: Promise<unknown>) => {
    let settled = false;
    void promise.then(() => {
      settled = true;
    });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    return settled;
  };

  it("holds a write's caller until the flush, while the connection serves others", async () => {
    const { db, flushes } = open();
    const insert = db.insertInto("notes").values({ id: 1, text: "a" }).execute();
    expect(await settledSoon(insert)).toBe(false);
    expect(flushes).toHaveLength(1);
    // The connection was released before the flush: a read runs and answers meanwhile.
    const rows = await db.selectFrom("notes").selectAll().execute();
    expect(rows).toEqual([{ id: 1, text: "a" }]);
    flushes[0]!();
    await insert;
    await db.destroy();
  });

  it("flushes once after a transaction commits, and never for a read", async () => {
    const { db, flushes } = open();
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: 1, text: "a" }).execute();
      await trx.insertInto("notes").values({ id: 2, text: "b" }).execute();
      expect(flushes).toHaveLength(0);
    });
    expect(await settledSoon(tx)).toBe(false);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    await tx;
    expect(await db.selectFrom("notes").select("id").execute()).toHaveLength(2);
    expect(flushes).toHaveLength(1);
    await db.destroy();
  });
});
