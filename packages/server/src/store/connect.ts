import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database, Db } from "./database.js";

export type Dialect = "sqlite" | "postgres";

/**
 * An open store: the Kysely handle, its dialect, where it lives (file path or database name) and how to close it.
 * On SQLite also the raw connection, for hot paths that run prepared statements synchronously; they must
 * hold Kysely's connection (`db.connection()`) while they use it, so no Kysely transaction is open meanwhile.
 */
export type Store = {
  db: Db;
  dialect: Dialect;
  location: string;
  close: () => Promise<void>;
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
 * SQLite runs in WAL mode with synchronous=FULL: better-sqlite3 defaults WAL to
 * NORMAL, which can lose a committed decision on power loss.
 */
export function openStore(databaseUrl: string, options: { poolSize?: number } = {}): Store {
  if (databaseUrl.startsWith("file:")) {
    const path = databaseUrl.slice("file:".length);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
    return { db, dialect: "sqlite", location: path, close: () => db.destroy(), sqlite };
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
    location: new URL(databaseUrl).pathname.slice(1),
    close: () => db.destroy(),
  };
}
