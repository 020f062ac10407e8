import type { StoredNode } from "@faircollect/domain/ledger/compact-range";
import { HASH_SIZE, nodeHash } from "@faircollect/domain/ledger/hash";
import type { HashReader, NodeId } from "@faircollect/domain/ledger/subtree";
import { CompiledQuery } from "kysely";
import type { Db } from "../store/database.js";
import { nodeSha256 } from "./node-sha256.js";
import { sqlOnce } from "./sql-once.js";

/**
 * Tree levels one stored tile spans. A tile at tile level L holds up to 16 consecutive hashes of
 * tree level 4·L; the three levels between are recomputed (at most 7 hashes per node). One row per
 * 16 hashes instead of one per node made sequencing several times faster (bench/ledger/append.bench.ts),
 * and a proof at 10M entries still reads about a dozen rows and hashes well under 100 nodes.
 */
export const TILE_HEIGHT = 4;
const TILE_WIDTH = 2 ** TILE_HEIGHT;
const UPSERT_CHUNK = 200;

type TileId = { level: number; index: number };
const keyOf = (tile: TileId) => `${tile.level}/${tile.index}`;

/** Where a node's hash lives: `span` consecutive hashes from `offset` in one tile, folded into one. */
function locate(level: number, index: number) {
  const tileLevel = Math.floor(level / TILE_HEIGHT);
  const span = 2 ** (level - tileLevel * TILE_HEIGHT);
  const first = index * span;
  return {
    tile: { level: tileLevel, index: Math.floor(first / TILE_WIDTH) },
    offset: first % TILE_WIDTH,
    span,
  };
}

async function fetchTiles(db: Db, tiles: readonly TileId[]): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  if (tiles.length === 0) return found;
  const rows = await db
    .selectFrom("ledger_tiles")
    .select(["level", "idx", "hashes"])
    .where((eb) => eb.or(tiles.map((t) => eb.and([eb("level", "=", t.level), eb("idx", "=", t.index)]))))
    .execute();
  for (const row of rows) found.set(keyOf({ level: Number(row.level), index: Number(row.idx) }), row.hashes);
  return found;
}

function uniqueTiles(tiles: Iterable<TileId>): TileId[] {
  return [...new Map([...tiles].map((t) => [keyOf(t), t])).values()];
}

/**
 * Fetches the tiles holding the given subtree hashes in one query and answers the tree math's
 * reads from them; a read of a node that was not fetched (or is not stored) throws.
 */
export async function readNodes(db: Db, ids: readonly NodeId[]): Promise<HashReader> {
  const tiles = await fetchTiles(db, uniqueTiles(ids.map((n) => locate(n.level, n.index).tile)));
  return (level, index) => {
    const { tile, offset, span } = locate(level, index);
    const bytes = tiles.get(keyOf(tile));
    if (!bytes || (offset + span) * HASH_SIZE > bytes.length)
      throw new Error(`ledger node ${level}/${index} is not stored`);
    let hashes: Uint8Array[] = [];
    for (let i = offset; i < offset + span; i++)
      hashes.push(bytes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
    while (hashes.length > 1) {
      const up: Uint8Array[] = [];
      for (let i = 0; i < hashes.length; i += 2) up.push(nodeHash(hashes[i]!, hashes[i + 1]!, nodeSha256));
      hashes = up;
    }
    return hashes[0]!;
  };
}

/**
 * Stores the subtree hashes a batch of leaves created: those on tile levels are appended to their
 * tiles (a partial tile at the right edge is extended, a full tile never changes again), all in
 * one statement per 200 tiles.
 */
export async function storeNodes(db: Db, nodes: readonly StoredNode[]): Promise<void> {
  // Per tile level, the new hashes: a batch extends each level at its right edge, left to right.
  const runs = new Map<number, { first: number; hashes: Uint8Array[] }>();
  for (const node of nodes) {
    if (node.level % TILE_HEIGHT !== 0) continue;
    const run = runs.get(node.level);
    if (!run) runs.set(node.level, { first: node.index, hashes: [node.hash] });
    else if (node.index === run.first + run.hashes.length) run.hashes.push(node.hash);
    else throw new Error(`ledger node ${node.level}/${node.index} does not extend its level`);
  }
  const partial = await fetchTiles(
    db,
    [...runs]
      .filter(([, run]) => run.first % TILE_WIDTH > 0)
      .map(([level, run]) => locate(level, run.first).tile),
  );
  const rows: { level: number; idx: number; hashes: Buffer }[] = [];
  for (const [level, run] of runs) {
    for (let at = 0; at < run.hashes.length; ) {
      const { tile, offset } = locate(level, run.first + at);
      const count = Math.min(TILE_WIDTH - offset, run.hashes.length - at);
      const before = offset > 0 ? partial.get(keyOf(tile)) : undefined;
      // INVARIANT: tiles only grow at their end, so a stored hash never changes.
      if ((before?.length ?? 0) !== offset * HASH_SIZE)
        throw new Error(`ledger tile ${keyOf(tile)} does not end at ${offset}`);
      const hashes = Buffer.allocUnsafe((offset + count) * HASH_SIZE);
      if (before) hashes.set(before);
      for (let i = 0; i < count; i++) hashes.set(run.hashes[at + i]!, (offset + i) * HASH_SIZE);
      rows.push({ level: tile.level, idx: tile.index, hashes });
      at += count;
    }
  }
  for (let at = 0; at < rows.length; at += UPSERT_CHUNK) {
    const chunk = rows.slice(at, at + UPSERT_CHUNK);
    const parameters = chunk.flatMap((row) => [row.level, row.idx, row.hashes]);
    await db.executeQuery(CompiledQuery.raw(upsertSql(db, chunk.length), parameters));
  }
}

/** The tile upsert's SQL for n rows; parameters go row by row: level, idx, hashes. */
function upsertSql(db: Db, rows: number): string {
  const placeholder = { level: 0, idx: 0, hashes: new Uint8Array(0) };
  return sqlOnce(db, `ledger_tiles:${rows}`, () =>
    db
      .insertInto("ledger_tiles")
      .values(Array.from({ length: rows }, () => placeholder))
      .onConflict((oc) =>
        oc.columns(["level", "idx"]).doUpdateSet((eb) => ({ hashes: eb.ref("excluded.hashes") })),
      )
      .compile(),
  );
}
