import { fromBase64 } from "@faircollect/domain/ledger/bytes";
import { formatSignedNote, parseSignedNote } from "@faircollect/domain/ledger/signed-note";
import type { Db, Row } from "../store/database.js";

/** The newest signed checkpoint: its size is the tree the API serves and proves against. */
export async function findLatestCheckpoint(db: Db): Promise<Row<"ledger_checkpoints"> | undefined> {
  const row = await db
    .selectFrom("ledger_checkpoints")
    .selectAll()
    .orderBy("size", "desc")
    .limit(1)
    .executeTakeFirst();
  return row && { ...row, size: Number(row.size) };
}

/** The witness cosignatures stored for checkpoints of the given sizes, oldest first. */
export async function cosignaturesOf(
  db: Db,
  sizes: readonly number[],
): Promise<Map<number, Row<"ledger_cosignatures">[]>> {
  const bySize = new Map<number, Row<"ledger_cosignatures">[]>();
  if (sizes.length === 0) return bySize;
  const rows = await db
    .selectFrom("ledger_cosignatures")
    .selectAll()
    .where("checkpoint_size", "in", sizes)
    .orderBy("created_at")
    .execute();
  for (const row of rows) {
    const size = Number(row.checkpoint_size);
    bySize.set(size, [...(bySize.get(size) ?? []), { ...row, key_id: Number(row.key_id) }]);
  }
  return bySize;
}

/** The log's signed note with every stored witness cosignature appended as a signature line. */
export function withCosignatures(note: string, cosignatures: readonly Row<"ledger_cosignatures">[]): string {
  const parsed = parseSignedNote(note);
  if (!parsed.ok) throw new Error(`stored checkpoint is not a signed note: ${parsed.problem}`);
  const extra = cosignatures.map((c) => ({
    name: c.name,
    keyId: Number(c.key_id),
    signature: fromBase64(c.signature)!,
  }));
  return formatSignedNote({ text: parsed.note.text, signatures: [...parsed.note.signatures, ...extra] });
}

/** Every checkpoint up to a size, each with its cosignatures, in size order: what an export carries. */
export async function checkpointNotes(db: Db, upTo: number): Promise<string[]> {
  const rows = await db
    .selectFrom("ledger_checkpoints")
    .select(["size", "note"])
    .where("size", "<=", upTo)
    .orderBy("size")
    .execute();
  const cosigned = await cosignaturesOf(
    db,
    rows.map((r) => Number(r.size)),
  );
  return rows.map((r) => withCosignatures(r.note, cosigned.get(Number(r.size)) ?? []));
}
