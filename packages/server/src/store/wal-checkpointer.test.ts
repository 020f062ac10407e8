import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "./connect.js";
import { startWalCheckpointer } from "./wal-checkpointer.js";

describe("startWalCheckpointer", () => {
  it("checkpoints the WAL from its own thread while the server's connection does not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fc-ckpt-"));
    const store = openStore(`file:${join(dir, "db.sqlite")}`);
    const sqlite = store.sqlite!;
    try {
      const checkpointer = startWalCheckpointer(store, 20, (error) => {
        throw error;
      });
      expect(sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
      sqlite.exec("create table t (x blob)");
      const insert = sqlite.prepare("insert into t values (randomblob(4000))");
      for (let i = 0; i < 500; i++) insert.run();
      // A no-op checkpoint request reports the WAL's frames and how many are already copied back.
      const backfilled = () => {
        const [row] = sqlite.pragma("wal_checkpoint(NOOP)") as { log: number; checkpointed: number }[];
        return row!.log > 0 && row!.checkpointed === row!.log;
      };
      for (let i = 0; i < 100 && !backfilled(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(backfilled()).toBe(true);
      await checkpointer.stop();
      expect(sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
