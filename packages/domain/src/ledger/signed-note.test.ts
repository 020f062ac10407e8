import { describe, expect, it } from "vitest";
import { toBase64 } from "./bytes.js";
import { openCheckpoint, signCheckpoint } from "./checkpoint.js";
import { cosignNote, verifyCosignature } from "./cosignature.js";
import {
  noteSignerFromSeed,
  parseSignerKey,
  parseVerifierKey,
  SIGNATURE_TYPE,
  signerKeyString,
  verifierKeyString,
} from "./note-keys.js";
import { parseSignedNote, signNote, verifyNote } from "./signed-note.js";

// golang.org/x/mod/sumdb/note's documented example key and note.
const PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const PETER_TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_NOTE = `${PETER_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

// A public CT checkpoint signed by its log (Ed25519) and cosigned by the remora.n621.de witness (type 0x04).
const CT_CHECKPOINT = `arche2025h1.staging.ct.transparency.dev
1432088532
U7WM79jrzyhGZ5/GUBTpM7NzwdyfFx61t3RovgcC4Ro=

\u2014 arche2025h1.staging.ct.transparency.dev zTM8sQAAAZ5W0WdjBAMARjBEAiBjW5IQf9pvsYLfQFX6hoGREPMHbdQ3urbllzalApkptQIgIpwtEroeW2BXaHAI4kJXFbon5Ch9MNL5zRNZ55lvGt0=
\u2014 arche2025h1.staging.ct.transparency.dev ui8GwCF1+kWqZrxGdhj4aX3gcw7XUlXQQabg/27lefwhUkzbC3NygNI75MdhL1bfTW9g8Ei59RA23oHP7Ry1k3ZFWwQ=
\u2014 remora.n621.de 2net5wAAAABqEiEgPlfF3V06o0Y+fHM+J5J9s27wgxxcOVSpZ/2g/KSiXCg9DEZI+aVCIobWX9sXTynk5XeU/zZ0WBxtqB0DrAWfBw==
`;
const CT_LOG_VKEY =
  "arche2025h1.staging.ct.transparency.dev+ba2f06c0+AU0vHmlGCS/PdN8b2OaGmKprLI8HKM+dJ472xgFYh15f";
const REMORA_VKEY = "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2";

function key(vkey: string) {
  const parsed = parseVerifierKey(vkey);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.key;
}

describe("signed notes", () => {
  it("signs Go's reference note byte for byte and reads its keys", () => {
    const signer = parseSignerKey(PETER_SKEY);
    expect(signer.ok).toBe(true);
    if (!signer.ok) return;
    expect(signNote(PETER_TEXT, signer.key)).toBe(PETER_NOTE);
    expect(verifierKeyString(signer.key)).toBe(PETER_VKEY);
    expect(signerKeyString(signer.key)).toBe(PETER_SKEY);
    expect(verifyNote(PETER_NOTE, key(PETER_VKEY))).toMatchObject({ ok: true, text: PETER_TEXT });
  });

  it("rejects a note whose text changed by one character", () => {
    const tampered = PETER_NOTE.replace("cryptography", "cryptographY");
    expect(verifyNote(tampered, key(PETER_VKEY))).toEqual({
      ok: false,
      problem: "signature by `PeterNeumann` does not verify",
    });
  });

  it("rejects a note with no signature from the trusted key, even if another key signed it", () => {
    const other = noteSignerFromSeed("PeterNeumann", new Uint8Array(32).fill(7));
    expect(verifyNote(signNote(PETER_TEXT, other), key(PETER_VKEY)).ok).toBe(false);
  });

  it("rejects malformed key strings and notes instead of throwing", () => {
    expect(parseVerifierKey("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW").ok).toBe(
      false,
    );
    expect(parseVerifierKey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq").ok).toBe(false);
    expect(parseVerifierKey("no-plus").ok).toBe(false);
    for (const bad of [
      "",
      "text\n",
      "text\n\n",
      "text\n\n\u2014 name !!!\n",
      "a\u0001\n\n\u2014 x AAAAAAA=\n",
    ]) {
      expect(parseSignedNote(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it("verifies a real CT checkpoint and its witness cosignature from the public witness network", () => {
    const opened = openCheckpoint(CT_CHECKPOINT, key(CT_LOG_VKEY));
    expect(opened.ok && opened.checkpoint.size).toBe(1432088532);
    expect(verifyCosignature(CT_CHECKPOINT, key(REMORA_VKEY))).toEqual({ ok: true, timestamp: 1779573024 });
    const clobbered = CT_CHECKPOINT.replace("1432088532", "42");
    expect(verifyCosignature(clobbered, key(REMORA_VKEY)).ok).toBe(false);
    expect(openCheckpoint(clobbered, key(CT_LOG_VKEY)).ok).toBe(false);
  });

  it("lets a witness cosign a checkpoint the log signed, and both signatures verify", () => {
    const log = noteSignerFromSeed("log.example/ledger", new Uint8Array(32).fill(1));
    const witness = noteSignerFromSeed(
      "auditor.example/w1",
      new Uint8Array(32).fill(2),
      SIGNATURE_TYPE.cosignatureV1,
    );
    const note = signCheckpoint({ origin: log.name, size: 5, root: new Uint8Array(32).fill(9) }, log);
    const cosigned = cosignNote(note, witness, 1_700_000_000);
    expect(cosigned.ok).toBe(true);
    if (!cosigned.ok) return;
    expect(openCheckpoint(cosigned.note, log).ok).toBe(true);
    expect(verifyCosignature(cosigned.note, witness)).toEqual({ ok: true, timestamp: 1_700_000_000 });
    // A log (0x01) key cannot pose as a witness, and a witness key does not verify as the log.
    expect(cosignNote(note, log, 1).ok).toBe(false);
    expect(verifyNote(cosigned.note, { ...witness, type: SIGNATURE_TYPE.ed25519 }).ok).toBe(false);
    expect(toBase64(witness.publicKey)).not.toBe(toBase64(log.publicKey));
  });

  it("refuses a checkpoint whose origin is not the signing key's name", () => {
    const log = noteSignerFromSeed("log.example/ledger", new Uint8Array(32).fill(1));
    const note = signCheckpoint({ origin: "other.example/log", size: 1, root: new Uint8Array(32) }, log);
    expect(openCheckpoint(note, log)).toMatchObject({ ok: false });
  });
});
