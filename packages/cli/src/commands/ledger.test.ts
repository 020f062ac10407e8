import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { inclusionProof } from "@faircollect/domain/ledger/inclusion-proof";
import { rootFromLeaves } from "@faircollect/domain/ledger/merkle-root";
import { verifierKeyString } from "@faircollect/domain/ledger/note-keys";
import { buildReceipt } from "@faircollect/domain/ledger/receipt";
import { buildTestLog, testLogSigner } from "@faircollect/domain/ledger/test-log";
import { decodeEntryBundle, encodeEntryBundle } from "@faircollect/domain/ledger/tiles";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeExport } from "../ledger/export-format.js";
import { ledgerCommand } from "./ledger.js";

const signer = testLogSigner();
const vkey = verifierKeyString(signer);
const log = buildTestLog(300, 100, signer);
let dir: string;

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  process.exitCode = 0;
  try {
    await ledgerCommand().exitOverride().parseAsync(args, { from: "user" });
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out: out.join("\n"), err: err.join("\n"), code };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "ledger-cli-"));
  await writeExport(join(dir, "export"), log.entries, log.checkpoints);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("faircollect ledger", () => {
  it("verify prints the tree size and root of an intact export and exits 0", async () => {
    writeFileSync(join(dir, "key.vkey"), `${vkey}\n`);
    const result = await run("verify", join(dir, "export"), "--key", join(dir, "key.vkey"));
    expect(result.code).toBe(0);
    expect(result.out).toContain("ok: tree size 300, 3 checkpoints verified");
    expect(result.out).toMatch(/^root [0-9a-f]{64} /m);
  });

  it("verify exits non-zero and names the first bad index of a changed entry", async () => {
    const file = join(dir, "export", "tile", "entries", "000");
    const entries = decodeEntryBundle(readFileSync(file)).entries;
    entries[77] = Uint8Array.from(entries[77]!, (b, i) => (i === 30 ? b ^ 0x20 : b));
    writeFileSync(file, encodeEntryBundle(entries));
    const result = await run("verify", join(dir, "export"), "--key", vkey);
    expect(result.code).toBe(1);
    expect(result.err).toContain("first bad index: 77");
  });

  it("verify refuses a trusted checkpoint the log no longer contains", async () => {
    // A checkpoint the same key signed over another history (entries 10 and 11 swapped).
    const other = log.entries.slice(0, 150).toSpliced(10, 2, log.entries[11]!, log.entries[10]!);
    writeFileSync(
      join(dir, "trusted"),
      signCheckpoint({ origin: signer.name, size: 150, root: rootFromLeaves(other) }, signer),
    );
    writeFileSync(join(dir, "trusted-ok"), log.checkpoints[0]!);
    expect(
      (await run("verify", join(dir, "export"), "--key", vkey, "--trusted", join(dir, "trusted-ok"))).code,
    ).toBe(0);
    const forked = await run("verify", join(dir, "export"), "--key", vkey, "--trusted", join(dir, "trusted"));
    expect(forked.code).toBe(1);
    expect(forked.err).toContain("forks from the trusted checkpoint at size 150");
  });

  it("verify-receipt accepts a genuine receipt and refuses one for another log key", async () => {
    const receipt = buildReceipt({
      entry: log.entries[5]!,
      index: 5,
      proof: inclusionProof(5, 300, log.tree.read),
      checkpoint: log.checkpoints.at(-1)!,
    });
    writeFileSync(join(dir, "receipt.json"), JSON.stringify(receipt));
    const good = await run("verify-receipt", join(dir, "receipt.json"), "--key", vkey);
    expect(good.code).toBe(0);
    expect(good.out).toContain("ok: entry 5 is in the log of size 300");
    const otherKey = verifierKeyString(testLogSigner(signer.name, 1));
    const bad = await run("verify-receipt", join(dir, "receipt.json"), "--key", otherKey);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("receipt does not verify: checkpoint:");
  });
});
