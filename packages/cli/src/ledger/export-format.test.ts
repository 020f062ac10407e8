import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { leafHash } from "@faircollect/domain/ledger/hash";
import { MemoryTree } from "@faircollect/domain/ledger/memory-tree";
import { buildTestLog, testLogSigner } from "@faircollect/domain/ledger/test-log";
import { decodeEntryBundle, encodeEntryBundle } from "@faircollect/domain/ledger/tiles";
import { verifyLog } from "@faircollect/domain/ledger/verify-log";
import { afterEach, describe, expect, it } from "vitest";
import { readExport, writeExport } from "./export-format.js";

const signer = testLogSigner();
const log = buildTestLog(600, 100, signer);
const dirs: string[] = [];

async function exported(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ledger-export-"));
  dirs.push(dir);
  await writeExport(join(dir, "out"), log.entries, log.checkpoints);
  return join(dir, "out");
}

function verifyDir(dir: string, trusted?: string) {
  const contents = readExport(dir);
  return verifyLog({ ...contents, logKey: signer, ...(trusted ? { trusted } : {}) });
}

/** Rewrites the entries of bundle 1 (indexes 256..511) through a function. */
function editBundle(dir: string, edit: (entries: Uint8Array[]) => Uint8Array[]): void {
  const file = join(dir, "tile", "entries", "001");
  writeFileSync(file, encodeEntryBundle(edit(decodeEntryBundle(readFileSync(file)).entries)));
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("ledger export", () => {
  it("writes the tlog-tiles layout and verifies as written", async () => {
    const dir = await exported();
    expect(readdirSync(join(dir, "tile", "entries")).sort()).toEqual(["001", "000", "002.p"].sort());
    expect(readdirSync(join(dir, "checkpoints")).sort()).toEqual(["100", "200", "300", "400", "500", "600"]);
    expect(readFileSync(join(dir, "checkpoint"), "utf8")).toBe(log.checkpoints.at(-1));
    expect(readFileSync(join(dir, "tile", "0", "002.p", "88")).length).toBe(88 * 32);
    expect(verifyDir(dir, log.checkpoints[2])).toEqual({
      ok: true,
      treeSize: 600,
      root: log.tree.root(),
      checkpoints: 6,
    });
  });

  it("fails naming the index when one byte of one entry changed", async () => {
    const dir = await exported();
    editBundle(dir, (entries) =>
      entries.map((e, i) => (i === 44 ? Uint8Array.from(e, (b, j) => (j === 20 ? b ^ 1 : b)) : e)),
    );
    expect(verifyDir(dir)).toMatchObject({ ok: false, firstBadIndex: 300 });
  });

  it("fails naming the index when one entry was deleted", async () => {
    const dir = await exported();
    editBundle(dir, (entries) => entries.toSpliced(10, 1));
    expect(verifyDir(dir)).toMatchObject({ ok: false, firstBadIndex: 266 });
  });

  it("fails naming the first index when two entries were swapped", async () => {
    const dir = await exported();
    editBundle(dir, (entries) => {
      const copy = entries.slice();
      [copy[3], copy[200]] = [copy[200]!, copy[3]!];
      return copy;
    });
    expect(verifyDir(dir)).toMatchObject({ ok: false, firstBadIndex: 259 });
  });

  it("fails naming the index range when the log serves a checkpoint that forks from its other checkpoints", async () => {
    const dir = await exported();
    // The log's key signs a different history at size 400 (a split view) while 500 and 600 match the entries.
    const hashes = log.entries.slice(0, 400).map((e, i) => leafHash(i === 390 ? e.slice(1) : e));
    const forked = signCheckpoint(
      { origin: signer.name, size: 400, root: MemoryTree.fromLeafHashes(hashes).root() },
      signer,
    );
    writeFileSync(join(dir, "checkpoints", "400"), forked);
    const result = verifyDir(dir);
    expect(result).toMatchObject({ ok: false, badRange: [300, 400] });
    expect(result.ok || result.problem).toMatch(/^the log forked: the checkpoint at size 400/);
  });

  it("fails when the whole export forks from the auditor's trusted checkpoint, naming the trusted size", async () => {
    // The operator rewrote entry 390 and re-signed every checkpoint; only the auditor's copy remembers.
    const rewritten = log.entries.map((e, i) => (i === 390 ? log.entries[391]! : e));
    const tree = new MemoryTree();
    const notes: string[] = [];
    for (const entry of rewritten) {
      tree.append(leafHash(entry));
      if (tree.size % 100 === 0)
        notes.push(signCheckpoint({ origin: signer.name, size: tree.size, root: tree.root() }, signer));
    }
    const dir = join(mkdtempSync(join(tmpdir(), "ledger-export-")), "out");
    dirs.push(dir);
    await writeExport(dir, rewritten, notes);
    expect(verifyDir(dir).ok).toBe(true);
    const result = verifyDir(dir, log.checkpoints[3]);
    expect(result).toMatchObject({ ok: false, badRange: [0, 400] });
    expect(result.ok || result.problem).toMatch(/forks from the trusted checkpoint at size 400/);
  });

  it("refuses to write over a non-empty directory or with checkpoints that do not cover the entries", async () => {
    const dir = await exported();
    await expect(writeExport(dir, log.entries, log.checkpoints)).rejects.toThrow(/not empty/);
    const fresh = join(dirs[0]!, "again");
    await expect(writeExport(fresh, log.entries.slice(0, 599), log.checkpoints)).rejects.toThrow(
      /cover exactly/,
    );
  });
});
