import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database, Db } from "./database.js";
import { DurableSqliteDialect } from "./durable-sqlite-dialect.js";
import { fileFlusher, walSync } from "./wal-sync.js";
import type { WriterTurn } from "./writer-turn.js";

export type Dialect = "sqlite" | "postgres";

/**
 * An open store: the Kysely handle, its dialect, where it lives (file path or database name) and how to close it.
 * On SQLite also the raw connection, for hot paths that run prepared statements synchronously; they must
 * hold Kysely's connection (`db.connection()`) while they use it, so no Kysely transaction is open meanwhile,
 * and await `durable()` after their commit before telling anyone.
 */
export type Store = {
  db: Db;
  dialect: Dialect;
  location: string;
  close: () => Promise<void>;
  /** Resolves once every commit made so far is on stable storage (PostgreSQL commits already are). */
  durable: () => Promise<void>;
  sqlite?: SQLite.Database;
};

const BIGINT_OID = 20;
const STATEMENT_CACHE_SIZE = 512;

/**
 * better-sqlite3 with its prepared statements reused: Kysely's driver prepares
 * every query anew, which costs more than running it on the hot path. Bulk
 * inserts mint many distinct statements, so the cache is bounded.
 */
function cachingStatements(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        // INVARIANT: transactions take the write lock up front. A deferred one that reads, then
        // writes after another process (a CLI command) committed, fails at once with SQLITE_BUSY
        // instead of waiting out busy_timeout.
        statement = sqlite.prepare(sql === "begin" ? "begin immediate" : sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * Opens SQLite (`file:PATH`) or PostgreSQL (`postgres://…`).
 * SQLite runs in WAL mode. A commit must reach stable storage before anyone
 * hears of it; synchronous=FULL would fsync inside the commit, on the event
 * loop, stalling every request for the flush. Instead commits run at NORMAL
 * (the WAL is written, not flushed) and `durable()` flushes the WAL on the
 * thread pool, shared by all commits of the moment; Kysely's writes wait for
 * it (DurableSqliteDialect), the decision gateway awaits it itself. With a
 * `writerTurn`, Kysely's writes announce themselves to the decision worker
 * thread writing the same file (store/writer-turn.ts). Without a
 * WAL (`:memory:`) nothing is durable anyway, and FULL costs nothing.
 */
export function openStore(
  databaseUrl: string,
  options: { poolSize?: number; writerTurn?: WriterTurn } = {},
): Store {
  if (databaseUrl.startsWith("file:")) {
    const path = databaseUrl.slice("file:".length);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    const wal = sqlite.pragma("journal_mode = WAL", { simple: true }) === "wal";
    sqlite.pragma(wal ? "synchronous = NORMAL" : "synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const walFile = fileFlusher(`${path}-wal`);
    const durable = wal ? walSync(walFile.flush) : async () => {};
    const db = new Kysely<Database>({
      dialect: new DurableSqliteDialect({ database: cachingStatements(sqlite) }, durable, options.writerTurn),
    });
    const close = async () => {
      await db.destroy();
      await walFile.close();
    };
    return { db, dialect: "sqlite", location: path, close, durable, sqlite };
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    // Money and ledger indexes are bigint; they stay well inside 2^53.
    types: {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        oid === BIGINT_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
    } as pg.CustomTypesConfig,
  });
  // An idle client that loses its server (a restart, a failover) emits `error` on the pool; unhandled, that
  // would end the process. The pool drops the client, and the next query that needs the server reports it.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    durable: async () => {},
    location: new URL(databaseUrl).pathname.slice(1),
    close: () => db.destroy(),
  };
}
