import { openCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { verifierKeyString } from "@faircollect/domain/ledger/note-keys";
import type { Config } from "../config.js";
import type { Store } from "../store/connect.js";
import { findLatestCheckpoint } from "./checkpoints.js";
import { createSequencer, type Sequencer } from "./sequencer.js";
import { loadLedgerSigner } from "./signing-key.js";

/** The ledger's write side as the server and the CLI build it. */
export type Ledger = { sequencer: Sequencer; verifierKey: string; keySource: string };

/**
 * Loads the log key (creating one only for a log with no checkpoint) and refuses to start when
 * it does not verify the latest stored checkpoint: a second key would split the log's history.
 */
export async function openLedger(store: Store, config: Config, clock: () => Date): Promise<Ledger> {
  const latest = await findLatestCheckpoint(store.db);
  const { signer, source } = loadLedgerSigner(config, { createIfMissing: !latest });
  if (latest) {
    const opened = openCheckpoint(latest.note, signer);
    if (!opened.ok) {
      throw new Error(
        `the ledger signing key from ${source} does not verify the checkpoint at size ${latest.size} (${opened.problem}); configure the key that signed it`,
      );
    }
  }
  const sequencer = createSequencer(
    store,
    signer,
    { every: config.ledgerCheckpointEvery, seconds: config.ledgerCheckpointSeconds },
    clock,
  );
  return { sequencer, verifierKey: verifierKeyString(signer), keySource: source };
}
