import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { equalBytes, fromBase64, toHex } from "@faircollect/domain/ledger/bytes";
import { type Checkpoint, openCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { verifyConsistency } from "@faircollect/domain/ledger/consistency-proof";
import { cosignNote } from "@faircollect/domain/ledger/cosignature";
import {
  type NoteSigner,
  type NoteVerifierKey,
  noteSignerFromSeed,
  parseSignerKey,
  SIGNATURE_TYPE,
  signerKeyString,
  verifierKeyString,
} from "@faircollect/domain/ledger/note-keys";
import { nodeSha256 } from "@faircollect/server/ledger/node-sha256";

/** What a witness run needs: the log to watch, its key, where the witness keeps its state, how to call. */
export type WitnessOptions = {
  url: string;
  logKey: NoteVerifierKey;
  stateDir: string;
  witnessKeyFile?: string | undefined;
  token?: string | undefined;
  name: string;
  /** POSIX seconds, the cosignature's timestamp. */
  now: number;
};

/** What a witness run did: the size it cosigned, the size it trusted before, and its own verifier key. */
export type WitnessReport = { size: number; previous: number | undefined; witnessKey: string };

function loadWitnessKey(file: string, name: string): NoteSigner {
  if (existsSync(file)) {
    const parsed = parseSignerKey(readFileSync(file, "utf8"));
    if (!parsed.ok) throw new Error(`witness key \`${file}\`: ${parsed.problem}`);
    if (parsed.key.type !== SIGNATURE_TYPE.cosignatureV1)
      throw new Error(`witness key \`${file}\` is not a cosignature (type 0x04) key`);
    return parsed.key;
  }
  const signer = noteSignerFromSeed(name, randomBytes(32), SIGNATURE_TYPE.cosignatureV1);
  writeFileSync(file, `${signerKeyString(signer)}\n`, { mode: 0o600, flag: "wx" });
  writeFileSync(`${file}.pub`, `${verifierKeyString(signer)}\n`);
  return signer;
}

async function call(options: WitnessOptions, path: string, init: RequestInit = {}): Promise<unknown> {
  const res = await fetch(new URL(path, options.url), {
    ...init,
    headers: {
      ...(init.body ? { "content-type": "application/json" } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
  });
  const body = (await res.json().catch(() => ({}))) as { detail?: string };
  if (!res.ok)
    throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${body.detail ?? "no detail"}`);
  return body;
}

function open(note: string, logKey: NoteVerifierKey, what: string): Checkpoint {
  const opened = openCheckpoint(note, logKey);
  if (!opened.ok) throw new Error(`${what} does not verify with the log key: ${opened.problem}`);
  return opened.checkpoint;
}

/** Refuses a new checkpoint unless the log it signs extends the one trusted before (no rollback, no fork). */
async function checkExtends(options: WitnessOptions, trusted: Checkpoint, latest: Checkpoint): Promise<void> {
  if (latest.size < trusted.size)
    throw new Error(`the log rolled back from the trusted size ${trusted.size} to ${latest.size}`);
  if (latest.size === trusted.size) {
    if (!equalBytes(latest.root, trusted.root))
      throw new Error(
        `the log forked: a second root ${toHex(latest.root)} at the trusted size ${trusted.size}`,
      );
    return;
  }
  if (trusted.size === 0) return;
  const answer = (await call(
    options,
    `/v1/ledger/proofs/consistency?from=${trusted.size}&to=${latest.size}`,
  )) as { proof?: string[] };
  const proof = (answer.proof ?? []).map((p) => fromBase64(p) ?? new Uint8Array(0));
  if (!verifyConsistency(trusted.size, latest.size, proof, trusted.root, latest.root, nodeSha256)) {
    throw new Error(
      `the log forked: the checkpoint at size ${latest.size} is not consistent with the trusted checkpoint at size ${trusted.size}`,
    );
  }
}

/**
 * One witness round (c2sp.org/tlog-witness in spirit): fetch the latest checkpoint, verify the log's
 * signature, prove it extends the checkpoint this witness trusted before, cosign, submit the
 * cosignature, and only then trust the new checkpoint. Throws, changing nothing, on any failure.
 */
export async function witnessOnce(options: WitnessOptions): Promise<WitnessReport> {
  mkdirSync(options.stateDir, { recursive: true });
  const witness = loadWitnessKey(
    options.witnessKeyFile ?? join(options.stateDir, "witness.key"),
    options.name,
  );
  const trustedFile = join(options.stateDir, "trusted-checkpoint");
  const served = (await call(options, "/v1/ledger/checkpoint")) as { note?: string };
  if (typeof served.note !== "string") throw new Error("the checkpoint answer has no note");
  const latest = open(served.note, options.logKey, "the served checkpoint");
  const trusted = existsSync(trustedFile)
    ? open(readFileSync(trustedFile, "utf8"), options.logKey, `the trusted checkpoint \`${trustedFile}\``)
    : undefined;
  if (trusted) await checkExtends(options, trusted, latest);
  const cosigned = cosignNote(served.note, witness, options.now);
  if (!cosigned.ok) throw new Error(`cannot cosign: ${cosigned.problem}`);
  await call(options, "/v1/ledger/cosignatures", {
    method: "POST",
    body: JSON.stringify({ note: cosigned.note, witnessKey: verifierKeyString(witness) }),
  });
  // Replace the trusted checkpoint atomically: a crash leaves the old one or the new one, never half.
  writeFileSync(`${trustedFile}.tmp`, served.note);
  renameSync(`${trustedFile}.tmp`, trustedFile);
  return { size: latest.size, previous: trusted?.size, witnessKey: verifierKeyString(witness) };
}
