import type { LedgerCheckpointView } from "@faircollect/contract";
import { AppError, notFound } from "../services/app-error.js";
import type { ServiceDeps } from "../services/deps.js";
import type { Db } from "../store/database.js";
import { cosignaturesOf, findLatestCheckpoint, withCosignatures } from "./checkpoints.js";

/** The tree size the API serves: the latest checkpoint's, so everything answered is signed for. */
export async function checkpointedSize(db: Db): Promise<number> {
  return (await findLatestCheckpoint(db))?.size ?? 0;
}

/** The latest signed checkpoint with its witness cosignatures; NOT_FOUND before the first one. */
export async function getCheckpoint(deps: ServiceDeps): Promise<LedgerCheckpointView> {
  const latest = await findLatestCheckpoint(deps.store.db);
  if (!latest) throw notFound("checkpoint (the log has not been sequenced yet)");
  const cosignatures = (await cosignaturesOf(deps.store.db, [latest.size])).get(latest.size) ?? [];
  const origin = latest.note.slice(0, latest.note.indexOf("\n"));
  if (!origin) throw new AppError("INTERNAL", "stored checkpoint has no origin");
  return {
    origin,
    size: latest.size,
    root: latest.root,
    note: withCosignatures(latest.note, cosignatures),
    createdAt: latest.created_at,
    cosignatures: cosignatures.map((c) => ({
      name: c.name,
      keyId: c.key_id.toString(16).padStart(8, "0"),
      witnessKey: c.witness_key,
      timestamp: Number(c.signed_at),
      submittedAt: c.created_at,
    })),
  };
}
