import { once } from "node:events";
import { Worker } from "node:worker_threads";
import type { Store } from "./connect.js";

/** SQLite's default: checkpoint from the committing connection once the WAL holds this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Moves SQLite's WAL checkpoints off the server's event loop. A checkpoint copies
 * the WAL into the database file and flushes both; run inside a commit (SQLite's
 * default) it stalled every request for tens of milliseconds now and then. A
 * worker thread with its own connection checkpoints every `everyMs` instead, and
 * the server's connection stops checkpointing. If the worker fails, the
 * connection checkpoints again itself, so the WAL never grows without bound.
 */
export function startWalCheckpointer(
  store: Store,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  const sqlite = store.sqlite;
  const idle = { stop: async () => {} };
  if (!sqlite) return idle;
  if (sqlite.pragma("journal_mode", { simple: true }) !== "wal") return idle;
  const worker = new Worker(new URL("./wal-checkpoint.worker.mjs", import.meta.url), {
    workerData: { path: store.location, everyMs },
  });
  sqlite.pragma("wal_autocheckpoint = 0");
  let stopping = false;
  const fallBack = (error: unknown) => {
    if (stopping) return;
    sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    onError(error);
  };
  worker.on("message", (message: { error: string }) => onError(new Error(message.error)));
  worker.on("error", fallBack);
  worker.on("exit", (code) => fallBack(new Error(`WAL checkpointer exited (${code})`)));
  return {
    stop: async () => {
      stopping = true;
      const exited = once(worker, "exit");
      worker.postMessage("stop");
      await exited;
      if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    },
  };
}
