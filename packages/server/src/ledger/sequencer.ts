import { toBase64 } from "@faircollect/domain/ledger/bytes";
import { signCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { CompactRange } from "@faircollect/domain/ledger/compact-range";
import type { NoteSigner } from "@faircollect/domain/ledger/note-keys";
import { subtreeNodes } from "@faircollect/domain/ledger/subtree";
import type SQLite from "better-sqlite3";
import { sql } from "kysely";
import type { Store } from "../store/connect.js";
import type { Db } from "../store/database.js";
import { findLatestCheckpoint } from "./checkpoints.js";
import { nodeNoteSigner } from "./node-ed25519.js";
import { leafHashOfText, nodeSha256 } from "./node-sha256.js";
import { readNodes, storeNodes } from "./tree-nodes.js";

/** When to sign: after `every` new entries, or `seconds` after the last checkpoint if anything is new. */
export type CheckpointPolicy = { every: number; seconds: number };

/**
 * What one run did: the tree size after it, entries integrated, and the checkpoint signed, if any.
 * `skipped` means another process held the lock, so nothing was read (treeSize is then 0).
 */
export type SequenceResult = {
  treeSize: number;
  integrated: number;
  checkpointSize?: number;
  skipped?: true;
};

/** Integrates appended entries into the Merkle tree and signs checkpoints; one at a time per database. */
export type Sequencer = {
  signer: NoteSigner;
  /**
   * Integrates every entry appended so far. `checkpoint: true` also signs a checkpoint over the
   * result when none covers it yet (exports, tests); otherwise the policy decides. On PostgreSQL
   * a run that finds another process sequencing returns without doing anything, unless forced.
   */
  run(options?: { checkpoint?: boolean }): Promise<SequenceResult>;
};

/**
 * Entries integrated per transaction: bounds how long a run holds SQLite's single writer, about
 * 10–15 ms at 2.5–3.5 µs an entry. Each transaction also pays a commit (an fsync, about a quarter
 * of the sequencing time with 1,000 a transaction), so not much fewer (bench/ledger/append.bench.ts).
 * A power of 16, so a batch that starts on a tile boundary ends on one.
 */
export const SEQUENCE_BATCH = 4_096;

/** The PostgreSQL advisory lock key every FairCollect process takes to sequence (visible in pg_locks). */
export const SEQUENCER_LOCK = 0x6c6f67;

/** Takes the sequencing lock for this transaction; false when another process holds it (try mode). */
async function lockSequencing(trx: Db, store: Store, wait: boolean): Promise<boolean> {
  // On SQLite the write transaction already excludes every other writer.
  if (store.dialect === "sqlite") return true;
  if (wait) {
    await sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`.execute(trx);
    return true;
  }
  const result = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${SEQUENCER_LOCK}) as locked`.execute(trx);
  return result.rows[0]?.locked === true;
}

function isDue(
  policy: CheckpointPolicy,
  size: number,
  last: { size: number; at: number } | undefined,
  now: Date,
) {
  if (!last) return size > 0;
  if (size <= last.size) return false;
  return size - last.size >= policy.every || now.getTime() - last.at >= policy.seconds * 1000;
}

/** Builds the sequencer over a store, the log key, a checkpoint policy and a clock. */
export function createSequencer(
  store: Store,
  signer: NoteSigner,
  policy: CheckpointPolicy,
  clock: () => Date,
): Sequencer {
  const signing = nodeNoteSigner(signer);
  let sqliteBodies: SQLite.Statement<[number, number], string> | undefined;

  /**
   * The bodies of the next entries to integrate: from index `from`, at most SEQUENCE_BATCH, in order.
   * INVARIANT: the tree integrates exactly the entries 0..size-1, in index order, with no gap.
   * The counter says how many entries committed and indexes are unique, so [from, to) must
   * hold to - from rows. On SQLite the rows come straight from better-sqlite3 as plain strings,
   * on the connection this transaction holds: row objects cost as much again as reading the rows.
   */
  async function bodiesFrom(trx: Db, from: number): Promise<string[]> {
    const head = await trx
      .selectFrom("ledger_head")
      .select("next_index")
      .where("id", "=", 1)
      .executeTakeFirstOrThrow();
    const to = Math.min(Number(head.next_index), from + SEQUENCE_BATCH);
    if (to <= from) return [];
    let bodies: string[];
    if (store.sqlite) {
      sqliteBodies ??= store.sqlite
        .prepare<[number, number], string>(
          "select body from ledger_entries where idx >= ? and idx < ? order by idx",
        )
        .pluck();
      bodies = sqliteBodies.all(from, to);
    } else {
      const rows = await trx
        .selectFrom("ledger_entries")
        .select("body")
        .where("idx", ">=", from)
        .where("idx", "<", to)
        .orderBy("idx")
        .execute();
      bodies = rows.map((row) => row.body);
    }
    if (bodies.length !== to - from)
      throw new Error(
        `ledger entries ${from} to ${to - 1} have a gap: ${bodies.length} of ${to - from} found`,
      );
    return bodies;
  }

  // One run at a time inside this process; the database lock covers other processes.
  let running: Promise<unknown> = Promise.resolve();

  async function pass(
    force: boolean,
  ): Promise<Omit<SequenceResult, "skipped"> & { full: boolean; skipped: boolean }> {
    return store.db.transaction().execute(async (trx) => {
      if (!(await lockSequencing(trx, store, force))) {
        return { treeSize: 0, integrated: 0, full: false, skipped: true };
      }
      const tree = await trx
        .selectFrom("ledger_tree")
        .select("size")
        .where("id", "=", 1)
        .executeTakeFirstOrThrow();
      const size = Number(tree.size);
      const bodies = await bodiesFrom(trx, size);
      const range = CompactRange.fromReader(size, await readNodes(trx, subtreeNodes(0, size)), nodeSha256);
      if (bodies.length > 0) {
        await storeNodes(trx, range.appendAll(bodies.map(leafHashOfText)));
        await trx.updateTable("ledger_tree").set({ size: range.size }).where("id", "=", 1).execute();
      }
      const full = bodies.length === SEQUENCE_BATCH;
      const last = await findLatestCheckpoint(trx);
      const now = clock();
      const due = force
        ? !full && last?.size !== range.size
        : isDue(policy, range.size, last && { size: last.size, at: Date.parse(last.created_at) }, now);
      if (!due) return { treeSize: range.size, integrated: bodies.length, full, skipped: false };
      const root = range.root();
      await trx
        .insertInto("ledger_checkpoints")
        .values({
          size: range.size,
          root: toBase64(root),
          note: signCheckpoint({ origin: signer.name, size: range.size, root }, signing),
          created_at: now.toISOString(),
        })
        .execute();
      return {
        treeSize: range.size,
        integrated: bodies.length,
        checkpointSize: range.size,
        full,
        skipped: false,
      };
    });
  }

  async function runAll(force: boolean): Promise<SequenceResult> {
    let integrated = 0;
    let checkpointSize: number | undefined;
    for (;;) {
      const result = await pass(force);
      integrated += result.integrated;
      checkpointSize = result.checkpointSize ?? checkpointSize;
      if (!result.full || result.skipped) {
        return {
          treeSize: result.treeSize,
          integrated,
          ...(checkpointSize === undefined ? {} : { checkpointSize }),
          ...(result.skipped ? { skipped: true as const } : {}),
        };
      }
    }
  }

  return {
    signer,
    run(options = {}) {
      const next = running.then(() => runAll(options.checkpoint === true));
      running = next.catch(() => undefined);
      return next;
    },
  };
}
