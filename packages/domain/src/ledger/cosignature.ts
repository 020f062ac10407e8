import type { NoteSigner, NoteVerifierKey } from "./note-keys.js";
import { SIGNATURE_TYPE } from "./note-keys.js";
import { cosignedMessage, formatSignedNote, parseSignedNote, verifyNote } from "./signed-note.js";

/** The outcome of a witness cosigning or of checking a cosignature. */
export type CosignOutcome = { ok: true; note: string } | { ok: false; problem: string };

/**
 * Adds a witness's c2sp.org/tlog-cosignature v1 line (type 0x04: 8-byte big-endian time then
 * an Ed25519 signature over "cosignature/v1\ntime <t>\n" + text). The witness must already have
 * checked consistency with the last checkpoint it trusted; timestamp is POSIX seconds, given.
 */
export function cosignNote(note: string, witness: NoteSigner, timestamp: number): CosignOutcome {
  if (witness.type !== SIGNATURE_TYPE.cosignatureV1) {
    return { ok: false, problem: "a witness key has signature type 0x04" };
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) return { ok: false, problem: "bad timestamp" };
  const parsed = parseSignedNote(note);
  if (!parsed.ok) return parsed;
  const time = new Uint8Array(8);
  new DataView(time.buffer).setBigUint64(0, BigInt(timestamp));
  const signature = new Uint8Array(72);
  signature.set(time);
  signature.set(witness.sign(cosignedMessage(parsed.note.text, timestamp)), 8);
  const signatures = [
    ...parsed.note.signatures.filter((s) => !(s.name === witness.name && s.keyId === witness.keyId)),
    { name: witness.name, keyId: witness.keyId, signature },
  ];
  return { ok: true, note: formatSignedNote({ text: parsed.note.text, signatures }) };
}

/** The outcome of checking one witness's cosignature. */
export type CosignatureCheck = { ok: true; timestamp: number } | { ok: false; problem: string };

/** Checks a witness's cosignature on a note with the witness's (type 0x04) vkey. */
export function verifyCosignature(note: string, witnessKey: NoteVerifierKey): CosignatureCheck {
  if (witnessKey.type !== SIGNATURE_TYPE.cosignatureV1) {
    return { ok: false, problem: "a witness key has signature type 0x04" };
  }
  const verified = verifyNote(note, witnessKey);
  if (!verified.ok) return verified;
  return { ok: true, timestamp: verified.timestamp ?? 0 };
}
