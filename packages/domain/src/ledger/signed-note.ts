import { ed25519 } from "@noble/curves/ed25519.js";
import { concatBytes, fromBase64, toBase64, utf8 } from "./bytes.js";
import { isKeyName, type NoteSigner, type NoteVerifierKey, SIGNATURE_TYPE } from "./note-keys.js";

/** One signature line: key name, key ID and the signature bytes after the ID. */
export type NoteSignature = { name: string; keyId: number; signature: Uint8Array };

/** A parsed c2sp.org/signed-note: text (ending in newline) and its signature lines. */
export type SignedNote = { text: string; signatures: NoteSignature[] };

/** Verifiers must accept at least 16 signatures; more than this is refused as abuse. */
const MAX_SIGNATURES = 64;

/** The outcome of reading a note. */
export type NoteParse = { ok: true; note: SignedNote } | { ok: false; problem: string };

/** Reads a signed note without trusting it: the text stays unverified until verifyNote says so. */
export function parseSignedNote(message: string): NoteParse {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the spec forbids exactly these
  if (/[\u0000-\u0009\u000b-\u001f]/.test(message))
    return { ok: false, problem: "control character in note" };
  const split = message.lastIndexOf("\n\n");
  if (split < 0) return { ok: false, problem: "no blank line before the signatures" };
  const text = message.slice(0, split + 1);
  const block = message.slice(split + 2);
  if (!block.endsWith("\n")) return { ok: false, problem: "signature block does not end in a newline" };
  const lines = block.slice(0, -1).split("\n");
  if (lines.length > MAX_SIGNATURES) return { ok: false, problem: "too many signatures" };
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    const bytes = match ? fromBase64(match[2]!) : undefined;
    if (!match || !bytes || bytes.length < 5 || !isKeyName(match[1]!)) {
      return { ok: false, problem: `malformed signature line \`${line}\`` };
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, 4);
    signatures.push({ name: match[1]!, keyId: view.getUint32(0), signature: bytes.slice(4) });
  }
  return { ok: true, note: { text, signatures } };
}

/** Writes a note back in its wire form. */
export function formatSignedNote(note: SignedNote): string {
  const lines = note.signatures.map((s) => {
    const id = new Uint8Array(4);
    new DataView(id.buffer).setUint32(0, s.keyId);
    return `\u2014 ${s.name} ${toBase64(concatBytes(id, s.signature))}\n`;
  });
  return `${note.text}\n${lines.join("")}`;
}

/** Signs note text with a log key (type 0x01): the signature covers the text exactly. */
export function signNote(text: string, signer: NoteSigner): string {
  if (!text.endsWith("\n") || text.endsWith("\n\n"))
    throw new RangeError("note text must end in one newline");
  if (signer.type !== SIGNATURE_TYPE.ed25519) throw new RangeError("signNote needs an Ed25519 (0x01) key");
  const signature = signer.sign(utf8(text));
  return formatSignedNote({ text, signatures: [{ name: signer.name, keyId: signer.keyId, signature }] });
}

/** The outcome of verifying a note with one trusted key. */
export type NoteVerification =
  | { ok: true; text: string; note: SignedNote; timestamp?: number }
  | { ok: false; problem: string };

/** The message a cosignature/v1 (type 0x04) signs: a header, the time, then the note text. */
export function cosignedMessage(text: string, timestamp: number): Uint8Array {
  return utf8(`cosignature/v1\ntime ${timestamp}\n${text}`);
}

function checkSignature(
  key: NoteVerifierKey,
  text: string,
  signature: Uint8Array,
): { ok: boolean; timestamp?: number } {
  if (key.type === SIGNATURE_TYPE.ed25519) {
    return { ok: signature.length === 64 && verifyEd25519(signature, utf8(text), key.publicKey) };
  }
  if (signature.length !== 72) return { ok: false };
  const timestamp = Number(new DataView(signature.buffer, signature.byteOffset, 8).getBigUint64(0));
  if (!Number.isSafeInteger(timestamp)) return { ok: false };
  const ok = verifyEd25519(signature.slice(8), cosignedMessage(text, timestamp), key.publicKey);
  return { ok, timestamp };
}

function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * signed-note verification with one trusted key: signatures from other keys are ignored,
 * at least one from this key must verify and none from it may fail. Never throws.
 */
export function verifyNote(message: string, key: NoteVerifierKey): NoteVerification {
  const parsed = parseSignedNote(message);
  if (!parsed.ok) return parsed;
  const mine = parsed.note.signatures.filter((s) => s.name === key.name && s.keyId === key.keyId);
  if (mine.length === 0) return { ok: false, problem: `no signature by key \`${key.name}\`` };
  let timestamp: number | undefined;
  for (const s of mine) {
    const checked = checkSignature(key, parsed.note.text, s.signature);
    if (!checked.ok) return { ok: false, problem: `signature by \`${key.name}\` does not verify` };
    timestamp = checked.timestamp ?? timestamp;
  }
  return {
    ok: true,
    text: parsed.note.text,
    note: parsed.note,
    ...(timestamp === undefined ? {} : { timestamp }),
  };
}
