import { createHash, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Config } from "../config.js";

/** A master key and the short id every key it wraps is stored beside. */
export type MasterKey = { id: string; key: Buffer };

/** The configured master keys, newest first, and where they came from, for messages that tell an operator what to fix. */
export type MasterKeySource = { keys: MasterKey[]; source: string; file?: string; created: boolean };

/** The key id is a short digest of the key, so a wrapped key names the master key it needs. */
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update("faircollect key id").update(key).digest("hex").slice(0, 12);
}

/** The value stored in the keyring table to tell a wrong master key from a right one before any read. */
export function keyCheckValue(masterKey: Buffer): string {
  return createHmac("sha256", masterKey).update("faircollect key check v1").digest("hex");
}

/** A 32-byte key, given its id. */
export function masterKeyOf(key: Buffer): MasterKey {
  if (key.length !== 32) throw new Error("a master key must be 32 bytes");
  return { id: keyIdOf(key), key };
}

/** Where the key file lives: MASTER_KEY_FILE, else master.key in the data directory. */
export function keyFilePath(config: Config): string {
  return config.masterKeyFile ?? join(config.dataDir, "master.key");
}

/** Reads a key file: one base64 key per line, newest first; blank lines and `#` comments are skipped. */
export function readKeyFile(path: string): MasterKey[] {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const keys = lines.map((line, i) => {
    const key = Buffer.from(line, "base64");
    if (key.length !== 32 || !/^[A-Za-z0-9+/]{43}=$/.test(line))
      throw new Error(`master key file ${path} line ${i + 1} does not hold 32 bytes in base64`);
    return masterKeyOf(key);
  });
  if (keys.length === 0) throw new Error(`master key file ${path} holds no key`);
  return keys;
}

/**
 * Writes the key file whole through a temporary file and a rename, so a process
 * re-reading it never sees half a file.
 */
export function writeKeyFile(path: string, keys: readonly MasterKey[]): void {
  const body = `${keys.map((k) => k.key.toString("base64")).join("\n")}\n`;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, body, { mode: 0o600 });
  renameSync(temporary, path);
}

/**
 * Loads the master keys from MASTER_KEY, MASTER_KEY_FILE or the data directory.
 * A key file is created only when the caller says the store is new, so a lost
 * key on a populated store is an error and never silently replaced.
 */
export function loadMasterKeys(config: Config, options: { createIfMissing: boolean }): MasterKeySource {
  if (config.masterKey) {
    return {
      keys: [masterKeyOf(Buffer.from(config.masterKey, "base64"))],
      source: "MASTER_KEY",
      created: false,
    };
  }
  const path = keyFilePath(config);
  if (existsSync(path)) return { keys: readKeyFile(path), source: path, file: path, created: false };
  if (!options.createIfMissing) {
    throw new Error(`no master key: set MASTER_KEY or MASTER_KEY_FILE (looked for ${path})`);
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return { keys: [masterKeyOf(key)], source: path, file: path, created: true };
}

/** The master keys a process holds; it re-reads the key file when it meets a key it lacks or the file changed. */
export interface MasterKeyRing {
  /** The key new data keys are wrapped with: the first of the file, re-read if the file changed. */
  newest(): MasterKey;
  /** A key by id, re-reading the key file once when it is not held (another process rotated). */
  get(id: string): MasterKey | undefined;
}

/** A ring over the loaded keys; a file-backed ring notices a rotation without a restart. */
export function masterKeyRing(loaded: MasterKeySource): MasterKeyRing {
  let keys = loaded.keys;
  const file = loaded.file;
  let stamp = file ? fileStamp(file) : "";
  const reload = () => {
    if (!file) return;
    stamp = fileStamp(file);
    const fresh = readKeyFile(file);
    // Keys this process held stay usable: a retired key may still be read in flight.
    keys = [...fresh, ...keys.filter((k) => !fresh.some((f) => f.id === k.id))];
  };
  return {
    newest() {
      if (file && fileStamp(file) !== stamp) reload();
      return keys[0]!;
    },
    get(id) {
      const held = keys.find((k) => k.id === id);
      if (held) return held;
      reload();
      return keys.find((k) => k.id === id);
    },
  };
}

function fileStamp(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${s.mtimeMs}:${s.size}:${s.ino}` : "";
}
