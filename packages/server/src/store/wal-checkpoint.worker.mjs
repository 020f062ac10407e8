// Checkpoints a SQLite WAL on its own thread and connection (see wal-checkpointer.ts). Plain JavaScript:
// worker threads do not inherit the tsx loader the server runs under.
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";

const db = new SQLite(workerData.path);
db.pragma("busy_timeout = 5000");
const timer = setInterval(() => {
  try {
    // PASSIVE: copies what no reader still needs, never waits for or blocks the writer.
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, workerData.everyMs);

parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
