import { fromBase64, toBase64 } from "./bytes.js";
import { HASH_SIZE } from "./hash.js";
import type { NoteSigner, NoteVerifierKey } from "./note-keys.js";
import { signNote, verifyNote } from "./signed-note.js";
import { isTreeSize } from "./tree-size.js";

/** A tree head: which log, how many leaves, and the root over them (c2sp.org/tlog-checkpoint). */
export type Checkpoint = { origin: string; size: number; root: Uint8Array };

/** The note text of a checkpoint: origin, decimal size and base64 root, each on its own line. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  if (
    !isTreeSize(checkpoint.size) ||
    checkpoint.root.length !== HASH_SIZE ||
    checkpoint.origin.includes("\n")
  ) {
    throw new RangeError("not a checkpoint");
  }
  return `${checkpoint.origin}\n${checkpoint.size}\n${toBase64(checkpoint.root)}\n`;
}

/** The outcome of reading checkpoint text. */
export type CheckpointParse = { ok: true; checkpoint: Checkpoint } | { ok: false; problem: string };

/** Reads checkpoint note text; extension lines are accepted and ignored, as the spec allows. */
export function parseCheckpoint(text: string): CheckpointParse {
  const lines = text.split("\n");
  if (lines.length < 4 || lines.at(-1) !== "") return { ok: false, problem: "checkpoint needs three lines" };
  const [origin, sizeText, rootText] = lines as [string, string, string];
  if (origin === "") return { ok: false, problem: "empty origin" };
  if (lines.slice(3, -1).some((line) => line === "")) return { ok: false, problem: "empty extension line" };
  const size = /^(0|[1-9][0-9]*)$/.test(sizeText) ? Number(sizeText) : Number.NaN;
  if (!isTreeSize(size)) return { ok: false, problem: `bad tree size \`${sizeText}\`` };
  const root = fromBase64(rootText);
  if (!root || root.length !== HASH_SIZE) return { ok: false, problem: "root is not base64 of 32 bytes" };
  return { ok: true, checkpoint: { origin, size, root } };
}

/** The signed note of a checkpoint, signed by the log key. */
export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): string {
  return signNote(formatCheckpoint(checkpoint), signer);
}

/** The outcome of opening a signed checkpoint. */
export type CheckpointVerification = { ok: true; checkpoint: Checkpoint } | { ok: false; problem: string };

/**
 * Verifies the log's signature and only then reads the checkpoint. The origin must equal the
 * key name (the spec's SHOULD, made a MUST here so a key cannot vouch for another log).
 */
export function openCheckpoint(note: string, logKey: NoteVerifierKey): CheckpointVerification {
  const verified = verifyNote(note, logKey);
  if (!verified.ok) return verified;
  const parsed = parseCheckpoint(verified.text);
  if (!parsed.ok) return parsed;
  if (parsed.checkpoint.origin !== logKey.name) {
    return {
      ok: false,
      problem: `origin \`${parsed.checkpoint.origin}\` is not the key name \`${logKey.name}\``,
    };
  }
  return parsed;
}
