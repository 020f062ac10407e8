import { existsSync, readFileSync } from "node:fs";
import { type NoteVerifierKey, parseVerifierKey } from "@faircollect/domain/ledger/note-keys";

/** A `--key` value: a vkey string itself, or a file that holds one. */
export function readVerifierKey(value: string): NoteVerifierKey {
  const direct = parseVerifierKey(value);
  if (direct.ok) return direct.key;
  if (!existsSync(value)) throw new Error(`--key: not a verifier key (${direct.problem}) and not a file`);
  const fromFile = parseVerifierKey(readFileSync(value, "utf8"));
  if (!fromFile.ok) throw new Error(`--key: \`${value}\` holds no verifier key: ${fromFile.problem}`);
  return fromFile.key;
}
