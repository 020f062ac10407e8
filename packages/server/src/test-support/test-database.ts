import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Config, parseConfig } from "../config.js";
import type { Dialect } from "../store/connect.js";

/** The PostgreSQL server tests use; CI starts one at this address. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export const dialects: readonly Dialect[] = ["sqlite", "postgres"];

/**
 * A fresh, empty database of the given dialect — a new SQLite file in a temp
 * folder, or a new PostgreSQL database — so test runs never see each other's rows.
 */
export async function freshDatabase(
  dialect: Dialect,
): Promise<{ config: Config; drop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "faircollect-test-"));
  const masterKey = randomBytes(32).toString("base64");
  if (dialect === "sqlite") {
    const config = parseConfig({
      DATABASE_URL: `file:${join(dir, "fc.db")}`,
      DATA_DIR: dir,
      MASTER_KEY: masterKey,
      LOG_LEVEL: "silent",
    });
    return { config, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `fc_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const config = parseConfig({
    DATABASE_URL: url.toString(),
    DATA_DIR: dir,
    MASTER_KEY: masterKey,
    LOG_LEVEL: "silent",
  });
  return {
    config,
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresAdminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
