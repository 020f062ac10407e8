import { describe, expect, it } from "vitest";
import { utf8 } from "./bytes.js";
import {
  decodeEntryBundle,
  encodeEntryBundle,
  entryBundlePath,
  parseTilePath,
  tilePath,
  tilesForSize,
} from "./tiles.js";

describe("tlog-tiles layout", () => {
  it("encodes tile indexes as x-prefixed 3-digit groups, as the spec's example does", () => {
    expect(tilePath({ level: 0, index: 1234067, width: 256 })).toBe("tile/0/x001/x234/067");
    expect(tilePath({ level: 2, index: 5, width: 17 })).toBe("tile/2/005.p/17");
    expect(entryBundlePath(1000, 3)).toBe("tile/entries/x001/000.p/3");
    expect(parseTilePath("tile/0/x001/x234/067")).toEqual({
      level: 0,
      index: 1234067,
      width: 256,
      entries: false,
    });
    expect(parseTilePath("tile/entries/x001/000.p/3")).toEqual({
      level: 0,
      index: 1000,
      width: 3,
      entries: true,
    });
    expect(parseTilePath("tile/0/1234")).toBeUndefined();
  });

  it("serves a tree of 70,000 as the spec says: 273 full and one partial level-0 tile, and so on", () => {
    const tiles = tilesForSize(70_000);
    expect(tiles.filter((t) => t.level === 0 && t.width === 256)).toHaveLength(273);
    expect(tiles.filter((t) => t.width < 256)).toEqual([
      { level: 0, index: 273, width: 112 },
      { level: 1, index: 1, width: 17 },
      { level: 2, index: 0, width: 1 },
    ]);
    expect(tilesForSize(256)).toEqual([
      { level: 0, index: 0, width: 256 },
      { level: 1, index: 0, width: 1 },
    ]);
  });

  it("round-trips entry bundles and names a truncated entry", () => {
    const entries = [utf8("a"), utf8(""), utf8("{}")];
    const bundle = encodeEntryBundle(entries);
    expect(decodeEntryBundle(bundle)).toEqual({ entries });
    expect(decodeEntryBundle(bundle.subarray(0, bundle.length - 1)).problem).toBe(
      "entry 2 runs past the bundle",
    );
  });
});
