import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { parseCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { leafHash, type Sha256 } from "@faircollect/domain/ledger/hash";
import { MemoryTree } from "@faircollect/domain/ledger/memory-tree";
import { parseSignedNote } from "@faircollect/domain/ledger/signed-note";
import {
  decodeEntryBundle,
  encodeEntryBundle,
  entryBundlePath,
  parseTilePath,
  TILE_WIDTH,
  tileBytes,
  tilePath,
  tilesForSize,
} from "@faircollect/domain/ledger/tiles";
import { nodeSha256 } from "@faircollect/server/ledger/node-sha256";

/*
 * An export directory is a c2sp.org/tlog-tiles snapshot of the log, so standard tile tools read it:
 *   checkpoint                    the latest signed checkpoint (with any witness cosignatures)
 *   tile/<L>/<N>[.p/<W>]          hash tiles for the latest size
 *   tile/entries/<N>[.p/<W>]      entry bundles: uint16 big-endian length + canonical entry bytes
 * plus one extension, so history can be checked and not only the latest head:
 *   checkpoints/<size>            every signed checkpoint the log issued up to the latest
 */

/** What writeExport produced. */
export type ExportSummary = { treeSize: number; root: Uint8Array; files: number };

function put(dir: string, path: string, bytes: Uint8Array | string): void {
  const file = join(dir, ...path.split("/"));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/**
 * Writes an export of entries (in index order, from 0) and the signed checkpoints over them.
 * The largest checkpoint must cover exactly the entries given; the server's `ledger export`
 * calls this with its entries up to its latest checkpoint.
 */
export async function writeExport(
  dir: string,
  entries: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  checkpoints: readonly string[],
  sha256: Sha256 = nodeSha256,
): Promise<ExportSummary> {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`export directory \`${dir}\` is not empty`);
  const sized = checkpoints.map((note) => ({ note, size: checkpointSize(note) }));
  sized.sort((a, b) => a.size - b.size);
  const tree = new MemoryTree(sha256);
  let bundle: Uint8Array[] = [];
  let files = 0;
  for await (const entry of entries) {
    bundle.push(entry);
    tree.append(leafHash(entry, sha256));
    if (bundle.length === TILE_WIDTH) {
      put(dir, entryBundlePath(tree.size / TILE_WIDTH - 1, TILE_WIDTH), encodeEntryBundle(bundle));
      files += 1;
      bundle = [];
    }
  }
  if (bundle.length > 0) {
    put(dir, entryBundlePath(Math.floor(tree.size / TILE_WIDTH), bundle.length), encodeEntryBundle(bundle));
    files += 1;
  }
  const latest = sized.at(-1);
  if (!latest || latest.size !== tree.size) {
    throw new Error(`the latest checkpoint must cover exactly the ${tree.size} entries exported`);
  }
  for (const tile of tilesForSize(tree.size)) put(dir, tilePath(tile), tileBytes(tile, tree.read));
  for (const { note, size } of sized) put(dir, `checkpoints/${size}`, note);
  put(dir, "checkpoint", latest.note);
  files += tilesForSize(tree.size).length + sized.length + 1;
  return { treeSize: tree.size, root: tree.root(), files };
}

function checkpointSize(note: string): number {
  const parsed = parseSignedNote(note);
  const checkpoint = parsed.ok ? parseCheckpoint(parsed.note.text) : undefined;
  if (!checkpoint?.ok) throw new Error("not a signed checkpoint");
  return checkpoint.checkpoint.size;
}

/** An export as read back: nothing in it is trusted until verifyLog has checked it. */
export type ExportContents = {
  entries: Iterable<Uint8Array>;
  checkpoints: string[];
  claimedLeafHash: (index: number) => Uint8Array | undefined;
  /** Format problems met while reading (a malformed bundle); verification will fail on them too. */
  problems: string[];
};

function walk(root: string, dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(root, path, out);
    else out.push(relative(root, path).split(sep).join("/"));
  }
}

/** The files of each tile index at one level, preferring a full tile over a partial one. */
function tileFiles(dir: string, sub: string): Map<number, { path: string; width: number }> {
  const paths: string[] = [];
  walk(dir, join(dir, "tile", sub), paths);
  const byIndex = new Map<number, { path: string; width: number }>();
  for (const path of paths) {
    const tile = parseTilePath(path);
    if (!tile) continue;
    const seen = byIndex.get(tile.index);
    if (!seen || tile.width > seen.width) byIndex.set(tile.index, { path, width: tile.width });
  }
  return byIndex;
}

/** Reads an export directory lazily: entry bundles are read one at a time while verifying. */
export function readExport(dir: string): ExportContents {
  const problems: string[] = [];
  const checkpointDir = join(dir, "checkpoints");
  const notes = new Set<string>();
  if (existsSync(checkpointDir)) {
    for (const name of readdirSync(checkpointDir).sort())
      notes.add(readFileSync(join(checkpointDir, name), "utf8"));
  }
  if (existsSync(join(dir, "checkpoint"))) notes.add(readFileSync(join(dir, "checkpoint"), "utf8"));
  const bundles = [...tileFiles(dir, "entries")].sort(([a], [b]) => a - b);
  const leafTiles = tileFiles(dir, "0");
  function* entries(): Generator<Uint8Array> {
    for (const [index, { path }] of bundles) {
      const decoded = decodeEntryBundle(readFileSync(join(dir, ...path.split("/"))));
      if (decoded.problem)
        problems.push(`${path}: ${decoded.problem} (index ${index * TILE_WIDTH + decoded.entries.length})`);
      yield* decoded.entries;
    }
  }
  let cached: { index: number; bytes: Uint8Array } | undefined;
  const claimedLeafHash = (leaf: number): Uint8Array | undefined => {
    const index = Math.floor(leaf / TILE_WIDTH);
    if (cached?.index !== index) {
      const file = leafTiles.get(index);
      cached = { index, bytes: file ? readFileSync(join(dir, ...file.path.split("/"))) : new Uint8Array(0) };
    }
    const at = (leaf % TILE_WIDTH) * 32;
    return at + 32 <= cached.bytes.length ? cached.bytes.subarray(at, at + 32) : undefined;
  };
  return { entries: entries(), checkpoints: [...notes], claimedLeafHash, problems };
}
