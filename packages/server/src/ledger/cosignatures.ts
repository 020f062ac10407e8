import type { LedgerCosignatureView } from "@faircollect/contract";
import { toBase64 } from "@faircollect/domain/ledger/bytes";
import { parseCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { verifyCosignature } from "@faircollect/domain/ledger/cosignature";
import { parseVerifierKey, SIGNATURE_TYPE, verifierKeyString } from "@faircollect/domain/ledger/note-keys";
import { parseSignedNote } from "@faircollect/domain/ledger/signed-note";
import type { Actor } from "../services/actor.js";
import { invalid } from "../services/app-error.js";
import type { ServiceDeps } from "../services/deps.js";

/**
 * Stores a witness's cosignature of one of this log's checkpoints, after checking the signature
 * with the witness key given and that the note text is exactly a checkpoint the log signed.
 * A witness cosigning the same checkpoint again replaces its earlier line.
 */
export async function submitCosignature(
  deps: ServiceDeps,
  actor: Actor,
  body: { note: string; witnessKey: string },
): Promise<LedgerCosignatureView> {
  const key = parseVerifierKey(body.witnessKey);
  if (!key.ok) throw invalid("witnessKey", key.problem);
  if (key.key.type !== SIGNATURE_TYPE.cosignatureV1)
    throw invalid("witnessKey", "a witness key has signature type 0x04 (cosignature/v1)");
  const checked = verifyCosignature(body.note, key.key);
  if (!checked.ok) throw invalid("note", checked.problem);
  const parsed = parseSignedNote(body.note);
  const checkpoint = parsed.ok ? parseCheckpoint(parsed.note.text) : undefined;
  if (!parsed.ok || !checkpoint?.ok) throw invalid("note", "not a checkpoint");
  const db = deps.store.db;
  const stored = await db
    .selectFrom("ledger_checkpoints")
    .select("note")
    .where("size", "=", checkpoint.checkpoint.size)
    .executeTakeFirst();
  const storedText = stored && parseSignedNote(stored.note);
  if (!storedText?.ok || storedText.note.text !== parsed.note.text)
    throw invalid("note", `not a checkpoint this log signed at size ${checkpoint.checkpoint.size}`);
  const line = parsed.note.signatures.find((s) => s.name === key.key.name && s.keyId === key.key.keyId)!;
  const witnessKey = verifierKeyString(key.key);
  const now = deps.clock().toISOString();
  const row = {
    checkpoint_size: checkpoint.checkpoint.size,
    witness_key: witnessKey,
    name: key.key.name,
    key_id: key.key.keyId,
    signature: toBase64(line.signature),
    signed_at: checked.timestamp,
    submitted_by: actor.userId,
    created_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("ledger_cosignatures")
      .where("checkpoint_size", "=", row.checkpoint_size)
      .where("witness_key", "=", witnessKey)
      .execute();
    await trx.insertInto("ledger_cosignatures").values(row).execute();
  });
  return {
    name: row.name,
    keyId: row.key_id.toString(16).padStart(8, "0"),
    witnessKey,
    timestamp: row.signed_at,
    submittedAt: now,
  };
}
