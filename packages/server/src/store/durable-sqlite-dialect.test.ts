import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DurableSqliteDialect } from "./durable-sqlite-dialect.js";
import { WriterTurn } from "./writer-turn.js";

type Db = { notes: { id: number; text: string } };

describe("DurableSqliteDialect", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A database whose flushes the test releases by hand. */
  function open(turn?: WriterTurn) {
    const dir = mkdtempSync(join(tmpdir(), "fc-durable-"));
    dirs.push(dir);
    const sqlite = new SQLite(join(dir, "db.sqlite"));
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec("create table notes (id integer primary key, text text not null)");
    const flushes: (() => void)[] = [];
    const durable = () => new Promise<void>((resolve) => flushes.push(resolve));
    const db = new Kysely<Db>({ dialect: new DurableSqliteDialect({ database: sqlite }, durable, turn) });
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

  it("announces a transaction that writes to the writer turn from begin to commit, and a read not at all", async () => {
    const turn = new WriterTurn();
    const { db, flushes } = open(turn);
    await db.selectFrom("notes").selectAll().execute();
    expect(await settledSoon(turn.yielded())).toBe(true);
    let report!: (yielded: boolean) => void;
    const yieldedInside = new Promise<boolean>((resolve) => {
      report = resolve;
    });
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: 1, text: "a" }).execute();
      report(await settledSoon(turn.yielded()));
    });
    // The other thread's next batch waits while this transaction holds the lock...
    expect(await yieldedInside).toBe(false);
    expect(await settledSoon(tx)).toBe(false);
    // ...and may go once it committed, before its flush.
    expect(await settledSoon(turn.yielded())).toBe(true);
    flushes[0]!();
    await tx;
    await db.destroy();
  });
});
