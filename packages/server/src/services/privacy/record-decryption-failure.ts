import { appendEntries } from "../../ledger/append-entries.js";
import type { DecryptionError } from "../../privacy/personal-data-codec.js";
import type { ServiceDeps } from "../deps.js";

/**
 * Records a value that failed its integrity check as a `decryption.failed` ledger
 * entry, in a small transaction of its own: the request that met it fails and rolls
 * back, but the evidence of tampering must stay.
 */
export async function recordDecryptionFailure(
  deps: Pick<ServiceDeps, "store" | "clock">,
  error: DecryptionError,
  actorId: string,
): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    await appendEntries(trx, [
      {
        type: "decryption.failed",
        v: 1,
        at: deps.clock().toISOString(),
        actor: actorId,
        table: error.at.table,
        recordId: error.at.id,
        field: error.at.field,
        keyId: error.keyId,
      },
    ]);
  });
}
