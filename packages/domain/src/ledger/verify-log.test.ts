import { describe, expect, it } from "vitest";
import { signCheckpoint } from "./checkpoint.js";
import { leafHash } from "./hash.js";
import { buildTestLog, testLogSigner } from "./test-log.js";
import { verifyLog } from "./verify-log.js";

const signer = testLogSigner();
const honest = buildTestLog(300, 100, signer);
const claimedLeafHash = (i: number) => (i < honest.tree.size ? honest.tree.read(0, i) : undefined);

function verify(
  entries: Uint8Array[],
  extra: { checkpoints?: string[]; trusted?: string; hints?: boolean } = {},
) {
  return verifyLog({
    entries,
    checkpoints: extra.checkpoints ?? honest.checkpoints,
    logKey: signer,
    ...(extra.trusted ? { trusted: extra.trusted } : {}),
    ...(extra.hints === false ? {} : { claimedLeafHash }),
  });
}

describe("verifyLog", () => {
  it("verifies an honest log and reports its size and root", () => {
    const result = verify(honest.entries, { trusted: honest.checkpoints[1]! });
    expect(result).toEqual({ ok: true, treeSize: 300, root: honest.tree.root(), checkpoints: 3 });
  });

  it("names the index of an entry with one changed byte", () => {
    const entries = honest.entries.slice();
    const changed = entries[137]!.slice();
    changed[10]! ^= 1;
    entries[137] = changed;
    expect(verify(entries)).toMatchObject({ ok: false, firstBadIndex: 137 });
  });

  it("names the index of a deleted entry, in the middle or at the end", () => {
    expect(verify(honest.entries.toSpliced(42, 1))).toMatchObject({ ok: false, firstBadIndex: 42 });
    expect(verify(honest.entries.slice(0, 299))).toMatchObject({ ok: false, firstBadIndex: 299 });
  });

  it("names the first of two swapped entries and the place of an inserted one", () => {
    const swapped = honest.entries.slice();
    [swapped[210], swapped[250]] = [swapped[250]!, swapped[210]!];
    expect(verify(swapped)).toMatchObject({ ok: false, firstBadIndex: 210 });
    expect(verify(honest.entries.toSpliced(5, 0, honest.entries[9]!))).toMatchObject({
      ok: false,
      firstBadIndex: 5,
    });
  });

  it("narrows to the checkpoint interval when the export's own leaf hashes are missing or forged", () => {
    const entries = honest.entries.slice();
    entries[137] = honest.entries[138]!;
    expect(verify(entries, { hints: false })).toMatchObject({ ok: false, badRange: [100, 200] });
    const forged = verifyLog({
      entries,
      checkpoints: honest.checkpoints,
      logKey: signer,
      claimedLeafHash: (i) => leafHash(entries[i]!),
    });
    expect(forged).toMatchObject({ ok: false, badRange: [100, 200] });
  });

  it("fails when the log forked from the trusted checkpoint, even if every export checkpoint matches", () => {
    // The operator rewrote entry 150 and re-signed every checkpoint; only the auditor's copy remembers.
    const entries = honest.entries.slice();
    entries[150] = honest.entries[151]!;
    const rewritten = buildFrom(entries);
    const result = verifyLog({
      entries,
      checkpoints: rewritten,
      logKey: signer,
      trusted: honest.checkpoints[1]!,
    });
    expect(result).toMatchObject({ ok: false, badRange: [0, 200] });
    expect(result.ok || result.problem).toMatch(/forks from the trusted checkpoint at size 200/);
  });

  it("fails when two signed checkpoints of one size disagree, or the log is shorter than the trusted one", () => {
    const forkNote = signCheckpoint(
      { origin: signer.name, size: 100, root: new Uint8Array(32).fill(3) },
      signer,
    );
    expect(verify(honest.entries, { checkpoints: [...honest.checkpoints, forkNote] })).toMatchObject({
      ok: false,
    });
    const short = buildTestLog(250, 100, signer);
    expect(
      verifyLog({
        entries: short.entries,
        checkpoints: short.checkpoints,
        logKey: signer,
        trusted: honest.checkpoints[2]!,
      }),
    ).toMatchObject({ ok: false, firstBadIndex: 250 });
  });

  it("refuses checkpoints signed by another key, and entries past the last checkpoint", () => {
    const other = buildTestLog(300, 100, testLogSigner(signer.name, 7));
    expect(verify(honest.entries, { checkpoints: other.checkpoints })).toMatchObject({ ok: false });
    expect(verify([...honest.entries, honest.entries[0]!])).toMatchObject({ ok: false, firstBadIndex: 300 });
    expect(verify(honest.entries, { checkpoints: [] })).toMatchObject({ ok: false });
  });

  it("never reports success for a truncated, reordered or corrupted log", () => {
    for (let i = 0; i < 300; i += 37) {
      const reordered = honest.entries.slice();
      [reordered[i], reordered[299 - i]] = [reordered[299 - i]!, reordered[i]!];
      expect(verify(reordered, { hints: false }).ok, `swap ${i}`).toBe(false);
      expect(verify(honest.entries.slice(0, i), { hints: false }).ok, `truncate ${i}`).toBe(false);
    }
  });
});

function buildFrom(entries: Uint8Array[]): string[] {
  const checkpoints: string[] = [];
  const copy = buildTestLog(0, 100, signer).tree;
  for (const entry of entries) {
    copy.append(leafHash(entry));
    if (copy.size % 100 === 0)
      checkpoints.push(signCheckpoint({ origin: signer.name, size: copy.size, root: copy.root() }, signer));
  }
  return checkpoints;
}
