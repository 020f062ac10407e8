import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  type NoteSigner,
  noteSignerFromSeed,
  parseSignerKey,
  SIGNATURE_TYPE,
  signerKeyString,
} from "@faircollect/domain/ledger/note-keys";
import type { Config } from "../config.js";

/** The origin a created log key is named for, unless LEDGER_ORIGIN says otherwise. */
export const DEFAULT_LEDGER_ORIGIN = "faircollect.local/ledger";

/** The log's signing key and where it came from, for the line `serve` prints. */
export type LedgerSigner = { signer: NoteSigner; source: string; created: boolean };

function parse(text: string, source: string): NoteSigner {
  const parsed = parseSignerKey(text);
  if (!parsed.ok) throw new Error(`ledger signing key from ${source}: ${parsed.problem}`);
  if (parsed.key.type !== SIGNATURE_TYPE.ed25519)
    throw new Error(`ledger signing key from ${source} is not an Ed25519 (type 0x01) log key`);
  return parsed.key;
}

function readOrCreate(path: string, origin: string, createIfMissing: boolean): LedgerSigner {
  if (existsSync(path))
    return { signer: parse(readFileSync(path, "utf8"), path), source: path, created: false };
  if (!createIfMissing) {
    throw new Error(
      `no ledger signing key: set LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE (looked for ${path}); the log has checkpoints, so a new key would not verify them`,
    );
  }
  const signer = noteSignerFromSeed(origin, randomBytes(32));
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, `${signerKeyString(signer)}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process on the same data directory created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readOrCreate(path, origin, false);
    throw error;
  }
  return { signer, source: path, created: true };
}

/**
 * Loads the log key from LEDGER_SIGNING_KEY, LEDGER_SIGNING_KEY_FILE or the data directory,
 * creating one there only when the caller says the log has no checkpoint yet. The key's name is
 * the checkpoint origin, so a configured LEDGER_ORIGIN must match it.
 */
export function loadLedgerSigner(config: Config, options: { createIfMissing: boolean }): LedgerSigner {
  const origin = config.ledgerOrigin ?? DEFAULT_LEDGER_ORIGIN;
  const loaded = config.ledgerSigningKey
    ? {
        signer: parse(config.ledgerSigningKey, "LEDGER_SIGNING_KEY"),
        source: "LEDGER_SIGNING_KEY",
        created: false,
      }
    : readOrCreate(
        config.ledgerSigningKeyFile ?? join(config.dataDir, "ledger.key"),
        origin,
        options.createIfMissing,
      );
  if (config.ledgerOrigin && loaded.signer.name !== config.ledgerOrigin) {
    throw new Error(
      `LEDGER_ORIGIN \`${config.ledgerOrigin}\` is not the name of the ledger signing key \`${loaded.signer.name}\``,
    );
  }
  return loaded;
}
