import { utf8 } from "@faircollect/domain/ledger/bytes";
import { openCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { consistencyProof, consistencyProofRanges } from "@faircollect/domain/ledger/consistency-proof";
import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import { encodeEntry } from "@faircollect/domain/ledger/entry-codec";
import { leafHash } from "@faircollect/domain/ledger/hash";
import { inclusionProof, verifyInclusion } from "@faircollect/domain/ledger/inclusion-proof";
import { MemoryTree } from "@faircollect/domain/ledger/memory-tree";
import { signerKeyString } from "@faircollect/domain/ledger/note-keys";
import { nodesForRanges } from "@faircollect/domain/ledger/subtree";
import { testLogSigner } from "@faircollect/domain/ledger/test-log";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.js";
import { appendEntries } from "../src/ledger/append-entries.js";
import { findLatestCheckpoint } from "../src/ledger/checkpoints.js";
import { openLedger } from "../src/ledger/open-ledger.js";
import { inclusionProofFor } from "../src/ledger/proofs.js";
import { createSequencer, SEQUENCER_LOCK } from "../src/ledger/sequencer.js";
import { readNodes } from "../src/ledger/tree-nodes.js";
import { openStore, type Store } from "../src/store/connect.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { dialects, freshDatabase } from "../src/test-support/test-database.js";
import { killInsertsInto } from "./kill-writes.js";

const signer = testLogSigner("ledger.test/sequencer");

function entry(i: number): LedgerEntry {
  return {
    type: "agency.created",
    v: 1,
    at: "2026-01-01T00:00:00.000Z",
    actor: "system",
    agencyId: `a-${i}`,
  };
}

async function append(store: Store, from: number, count: number, perCommit = 1000): Promise<void> {
  for (let at = from; at < from + count; at += perCommit) {
    const n = Math.min(perCommit, from + count - at);
    await store.db.transaction().execute((trx) =>
      appendEntries(
        trx,
        Array.from({ length: n }, (_, i) => entry(at + i)),
      ),
    );
  }
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshStore(dialect: (typeof dialects)[number]) {
  const { config, drop } = await freshDatabase(dialect);
  const store = openStore(config.databaseUrl);
  await migrateToLatest(store.db);
  cleanups.push(drop, () => store.close());
  return { store, config };
}

describe.each(dialects)("ledger sequencer on %s", (dialect) => {
  it("integrates entries in batches and signs the root of the tree over their exact bytes", async () => {
    const { store } = await freshStore(dialect);
    await append(store, 0, 12_345);
    const sequencer = createSequencer(store, signer, { every: 1_000_000, seconds: 86_400 }, () => new Date());
    const result = await sequencer.run({ checkpoint: true });
    expect(result).toEqual({ treeSize: 12_345, integrated: 12_345, checkpointSize: 12_345 });
    const expected = MemoryTree.fromLeafHashes(
      Array.from({ length: 12_345 }, (_, i) => leafHash(encodeEntry(entry(i)))),
    );
    const latest = await findLatestCheckpoint(store.db);
    const opened = openCheckpoint(latest!.note, signer);
    expect(opened.ok && Buffer.from(opened.checkpoint.root)).toEqual(Buffer.from(expected.root()));
    const proof = await inclusionProofFor(store.db, 7_777, 12_345);
    expect(verifyInclusion(leafHash(encodeEntry(entry(7_777))), 7_777, 12_345, proof, expected.root())).toBe(
      true,
    );
    expect(await sequencer.run({ checkpoint: true })).toEqual({ treeSize: 12_345, integrated: 0 });
  });

  it("serves the same proofs as an in-memory tree while tiles grow in irregular batches", async () => {
    const { store } = await freshStore(dialect);
    const sequencer = createSequencer(store, signer, { every: 1, seconds: 1 }, () => new Date());
    const memory = new MemoryTree();
    let size = 0;
    for (const batch of [1, 2, 13, 16, 17, 31, 64, 255, 1, 600]) {
      await append(store, size, batch);
      for (let i = size; i < size + batch; i++) memory.append(leafHash(encodeEntry(entry(i))));
      size += batch;
      await sequencer.run();
      for (const index of [0, Math.floor(size / 3), size - 1]) {
        const stored = await inclusionProofFor(store.db, index, size);
        expect(stored.map((h) => Buffer.from(h).toString("hex"))).toEqual(
          inclusionProof(index, size, memory.read).map((h) => Buffer.from(h).toString("hex")),
        );
      }
    }
    const read = await readNodes(store.db, nodesForRanges(consistencyProofRanges(17, size)));
    expect(consistencyProof(17, size, read).map((h) => Buffer.from(h).toString("hex"))).toEqual(
      consistencyProof(17, size, memory.read).map((h) => Buffer.from(h).toString("hex")),
    );
  });

  it("leaves the tree as it was when a pass dies half-way, and the next run integrates from there", async () => {
    const { store } = await freshStore(dialect);
    const sequencer = createSequencer(store, signer, { every: 1, seconds: 1 }, () => new Date());
    const memory = new MemoryTree();
    let size = 0;
    const appendMore = async (count: number) => {
      await append(store, size, count);
      for (let i = size; i < size + count; i++) memory.append(leafHash(encodeEntry(entry(i))));
      size += count;
    };
    await appendMore(5_000);
    expect((await sequencer.run()).treeSize).toBe(5_000);
    // Dies storing tiles (hashes computed, nothing written yet), then signing (tiles and size written).
    for (const table of ["ledger_tiles", "ledger_checkpoints"]) {
      await appendMore(4_099);
      const revive = await killInsertsInto(store.db, dialect, table);
      await expect(sequencer.run()).rejects.toThrow(/killed half-way/);
      await revive();
      const tree = await store.db.selectFrom("ledger_tree").select("size").executeTakeFirstOrThrow();
      expect(Number(tree.size)).toBe(5_000);
    }
    expect(await sequencer.run()).toMatchObject({ treeSize: size, integrated: 8_198, checkpointSize: size });
    const latest = await findLatestCheckpoint(store.db);
    const opened = openCheckpoint(latest!.note, signer);
    expect(opened.ok && Buffer.from(opened.checkpoint.root)).toEqual(Buffer.from(memory.root()));
    for (const index of [0, 4_999, 5_000, 9_098, 9_099, size - 1]) {
      const stored = await inclusionProofFor(store.db, index, size);
      expect(stored.map((h) => Buffer.from(h).toString("hex"))).toEqual(
        inclusionProof(index, size, memory.read).map((h) => Buffer.from(h).toString("hex")),
      );
    }
  });

  it("signs after every N entries or T seconds, whichever comes first", async () => {
    const { store } = await freshStore(dialect);
    let now = Date.parse("2026-03-01T10:00:00Z");
    const sequencer = createSequencer(store, signer, { every: 10, seconds: 60 }, () => new Date(now));
    const step = async (count: number, advanceSeconds = 1) => {
      const size = Number(
        (await store.db.selectFrom("ledger_head").select("next_index").executeTakeFirstOrThrow()).next_index,
      );
      await append(store, size, count);
      now += advanceSeconds * 1000;
      return (await sequencer.run()).checkpointSize;
    };
    expect(await step(5)).toBe(5);
    expect(await step(4)).toBeUndefined();
    expect(await step(6)).toBe(15);
    expect(await step(1)).toBeUndefined();
    expect(await step(0, 61)).toBe(16);
    expect(await step(0, 61)).toBeUndefined();
  });

  it("creates a log key in the data directory for a new log and refuses another key once it has checkpoints", async () => {
    const { store, config } = await freshStore(dialect);
    const ledger = await openLedger(store, config, () => new Date());
    expect(ledger.keySource).toContain("ledger.key");
    expect(ledger.verifierKey).toMatch(/^faircollect\.local\/ledger\+[0-9a-f]{8}\+/);
    await append(store, 0, 3);
    await ledger.sequencer.run({ checkpoint: true });
    const again = await openLedger(store, config, () => new Date());
    expect(again.verifierKey).toBe(ledger.verifierKey);
    const other = parseConfig({
      DATABASE_URL: config.databaseUrl,
      DATA_DIR: config.dataDir,
      LEDGER_SIGNING_KEY: signerKeyString(signer),
    });
    await expect(openLedger(store, other, () => new Date())).rejects.toThrow(
      /does not verify the checkpoint at size 3/,
    );
  });
});

describe("ledger sequencer with two processes on PostgreSQL", () => {
  it("skips a run while another process holds the sequencing lock", async () => {
    const { store, config } = await freshStore("postgres");
    const second = openStore(config.databaseUrl);
    cleanups.push(() => second.close());
    await append(store, 0, 10);
    const sequencer = createSequencer(second, signer, { every: 1, seconds: 1 }, () => new Date());
    await store.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`.execute(trx);
      expect(await sequencer.run()).toEqual({ treeSize: 0, integrated: 0, skipped: true });
    });
    expect(await sequencer.run()).toMatchObject({ treeSize: 10, integrated: 10, checkpointSize: 10 });
  });

  it("appends and sequences from two connections at once and keeps one gapless, verifiable tree", async () => {
    const { store, config } = await freshStore("postgres");
    const other = openStore(config.databaseUrl);
    cleanups.push(() => other.close());
    const sequencers = [store, other].map((s) =>
      createSequencer(s, signer, { every: 50, seconds: 1 }, () => new Date()),
    );
    const writers = [store, other].map(async (s, w) => {
      for (let round = 0; round < 40; round++) {
        await s.db
          .transaction()
          .execute((trx) => appendEntries(trx, [entry(w * 1000 + round), entry(w * 1000 + round + 500)]));
        if (round % 5 === 0) await sequencers[w]!.run();
      }
    });
    await Promise.all(writers);
    await sequencers[1]!.run({ checkpoint: true });
    const rows = await store.db.selectFrom("ledger_entries").select(["idx", "body"]).orderBy("idx").execute();
    expect(rows.map((r) => Number(r.idx))).toEqual(Array.from({ length: 160 }, (_, i) => i));
    const checkpoints = await store.db
      .selectFrom("ledger_checkpoints")
      .select(["size", "note"])
      .orderBy("size")
      .execute();
    expect(Number(checkpoints.at(-1)!.size)).toBe(160);
    for (const c of checkpoints) {
      const opened = openCheckpoint(c.note, signer);
      const prefix = MemoryTree.fromLeafHashes(
        rows.slice(0, Number(c.size)).map((r) => leafHash(utf8(r.body))),
      );
      expect(opened.ok && Buffer.from(opened.checkpoint.root)).toEqual(Buffer.from(prefix.root()));
    }
  });
});
