import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Config } from "../config.js";

/** Where the master key comes from, for messages that tell an operator what to fix. */
export type MasterKeySource = { key: Buffer; source: string; created: boolean };

/**
 * Loads the master key from MASTER_KEY, MASTER_KEY_FILE or the data directory.
 * A key file is created only when the caller says the store is new, so a lost
 * key on a populated store is an error and never silently replaced.
 */
export function loadMasterKey(config: Config, options: { createIfMissing: boolean }): MasterKeySource {
  if (config.masterKey)
    return { key: Buffer.from(config.masterKey, "base64"), source: "MASTER_KEY", created: false };
  const path = config.masterKeyFile ?? join(config.dataDir, "master.key");
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`master key file ${path} does not hold 32 bytes in base64`);
    return { key, source: path, created: false };
  }
  if (!options.createIfMissing) {
    throw new Error(`no master key: set MASTER_KEY or MASTER_KEY_FILE (looked for ${path})`);
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return { key, source: path, created: true };
}
