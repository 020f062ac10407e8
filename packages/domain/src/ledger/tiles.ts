import { concatBytes } from "./bytes.js";
import type { HashReader } from "./subtree.js";

/** Hashes (and entries) per full tile in c2sp.org/tlog-tiles. */
export const TILE_WIDTH = 256;

/** Tree levels a tile spans: a level-L tile holds hashes of tree level 8·L. */
export const TILE_HEIGHT = 8;

/** One tile of a tree of some size: full when width is 256, partial otherwise. */
export type Tile = { level: number; index: number; width: number };

/** The `<N>[.p/<W>]` part of a tile path: 3-digit groups, all but the last prefixed with x. */
function indexPath(index: number, width: number): string {
  const digits = String(index);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end).padStart(3, "0"));
  const path = groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join("/");
  return width === TILE_WIDTH ? path : `${path}.p/${width}`;
}

/** `tile/<L>/<N>[.p/<W>]`, the hash tile's path under an export or a tiles URL prefix. */
export function tilePath(tile: Tile): string {
  return `tile/${tile.level}/${indexPath(tile.index, tile.width)}`;
}

/** `tile/entries/<N>[.p/<W>]`, the entry bundle's path. */
export function entryBundlePath(index: number, width: number): string {
  return `tile/entries/${indexPath(index, width)}`;
}

/** Reads a tile path back (`tile/<L or entries>/...`); undefined for anything else. */
export function parseTilePath(path: string): (Tile & { entries: boolean }) | undefined {
  const match = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x\d{3}\/)*)(\d{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(
    path,
  );
  if (!match) return undefined;
  const index = Number(`${match[2]!.replaceAll("x", "").replaceAll("/", "")}${match[3]}`);
  const width = match[4] === undefined ? TILE_WIDTH : Number(match[4]);
  if (width > 255 && match[4] !== undefined) return undefined;
  const entries = match[1] === "entries";
  return { level: entries ? 0 : Number(match[1]), index, width, entries };
}

/** Every tile a tree of this size is served as: full tiles, then one partial per level if any. */
export function tilesForSize(treeSize: number): Tile[] {
  const tiles: Tile[] = [];
  for (let level = 0, span = 1; Math.floor(treeSize / span) > 0; level++, span *= TILE_WIDTH) {
    const hashes = Math.floor(treeSize / span);
    const full = Math.floor(hashes / TILE_WIDTH);
    for (let index = 0; index < full; index++) tiles.push({ level, index, width: TILE_WIDTH });
    if (hashes % TILE_WIDTH > 0) tiles.push({ level, index: full, width: hashes % TILE_WIDTH });
  }
  return tiles;
}

/** A tile's bytes: its width consecutive hashes of tree level 8·L, read from stored subtree hashes. */
export function tileBytes(tile: Tile, read: HashReader): Uint8Array {
  const hashes: Uint8Array[] = [];
  for (let i = 0; i < tile.width; i++)
    hashes.push(read(tile.level * TILE_HEIGHT, tile.index * TILE_WIDTH + i));
  return concatBytes(...hashes);
}

/** An entry bundle: each entry as a big-endian uint16 length then its bytes. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    if (entry.length > 0xffff) throw new RangeError("a tlog-tiles entry is at most 65535 bytes");
    parts.push(Uint8Array.of(entry.length >> 8, entry.length & 0xff), entry);
  }
  return concatBytes(...parts);
}

/** Reads an entry bundle; a length running past the end stops reading and names the entry. */
export function decodeEntryBundle(bytes: Uint8Array): { entries: Uint8Array[]; problem?: string } {
  const entries: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 2 > bytes.length) return { entries, problem: `entry ${entries.length} has a truncated length` };
    const length = (bytes[at]! << 8) | bytes[at + 1]!;
    if (at + 2 + length > bytes.length)
      return { entries, problem: `entry ${entries.length} runs past the bundle` };
    entries.push(bytes.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  return { entries };
}
