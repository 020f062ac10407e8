// Ledger proof and verification benchmark: `npx tsx bench/ledger/proofs.bench.ts [--quick]`.
// Builds in-memory trees of 1M and 10M leaves (all complete-subtree hashes in typed arrays),
// then times the domain's inclusion-proof generation and verification on them, and the offline
// verification of a 1M-entry export (in memory, and end to end through the tlog-tiles directory).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { readExport, writeExport } from "../../packages/cli/src/ledger/export-format.js";
import { utf8 } from "../../packages/domain/src/ledger/bytes.js";
import { canonicalJson } from "../../packages/domain/src/ledger/canonical-json.js";
import { signCheckpoint } from "../../packages/domain/src/ledger/checkpoint.js";
import { consistencyProof, verifyConsistency } from "../../packages/domain/src/ledger/consistency-proof.js";
import { leafHash, nobleSha256, type Sha256 } from "../../packages/domain/src/ledger/hash.js";
import { inclusionProof, verifyInclusion } from "../../packages/domain/src/ledger/inclusion-proof.js";
import { MemoryTree } from "../../packages/domain/src/ledger/memory-tree.js";
import { rootFromReader } from "../../packages/domain/src/ledger/subtree.js";
import { testLogSigner } from "../../packages/domain/src/ledger/test-log.js";
import { verifyLog } from "../../packages/domain/src/ledger/verify-log.js";
import { nodeSha256 } from "../../packages/server/src/ledger/node-sha256.js";

const quick = process.argv.includes("--quick");
const sizes = quick ? [100_000, 1_000_000] : [1_000_000, 10_000_000];
const exportSize = quick ? 100_000 : 1_000_000;
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};

let seed = 0x9e3779b9;
function random(below: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % below;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function micro(ms: number): string {
  return `${(ms * 1000).toFixed(1)} µs`;
}

function percentile(samples: number[], p: number): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Times `runs` proofs at random indices; returns per-call samples in ms. */
function proofTimings(tree: MemoryTree, size: number, sha256: Sha256, runs: number) {
  const root = tree.root();
  const generate: number[] = [];
  const verify: number[] = [];
  let length = 0;
  for (let i = 0; i < runs; i++) {
    const index = random(size);
    const t0 = performance.now();
    const proof = inclusionProof(index, size, tree.read, sha256);
    const t1 = performance.now();
    const ok = verifyInclusion(tree.read(0, index), index, size, proof, root, sha256);
    const t2 = performance.now();
    if (!ok) throw new Error(`proof for ${index} did not verify`);
    generate.push(t1 - t0);
    verify.push(t2 - t1);
    length = proof.length;
  }
  return { generate, verify, length };
}

function proofSection(size: number): void {
  const leafSalt = utf8("bench leaf ");
  const built = time(() => {
    const tree = new MemoryTree(nodeSha256);
    const input = new Uint8Array(leafSalt.length + 8);
    input.set(leafSalt);
    const view = new DataView(input.buffer);
    for (let i = 0; i < size; i++) {
      view.setFloat64(leafSalt.length, i);
      tree.append(leafHash(input, nodeSha256));
    }
    return tree;
  });
  const tree = built.value;
  say(`### ${size.toLocaleString("en")} leaves`);
  say("");
  say(
    `Tree build (leaf + node hashes, node:crypto, every subtree hash kept): ${seconds(built.ms)} (${((size / built.ms) * 1000).toFixed(0)} leaves/s)`,
  );
  say("");
  say("| operation | sha256 | proof hashes | mean | p50 | p99 | max |");
  say("|---|---|---|---|---|---|---|");
  for (const [name, sha] of [
    ["noble (default, browser-safe)", nobleSha256],
    ["node:crypto", nodeSha256],
  ] as const) {
    proofTimings(tree, size, sha, 200); // warm-up
    const { generate, verify, length } = proofTimings(tree, size, sha, 2000);
    for (const [op, samples] of [
      ["inclusion proof: generate", generate],
      ["inclusion proof: verify", verify],
    ] as const) {
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      say(
        `| ${op} | ${name} | ${length} | ${micro(mean)} | ${micro(percentile(samples, 50))} | ${micro(percentile(samples, 99))} | ${micro(Math.max(...samples))} |`,
      );
    }
  }
  const consistency: number[] = [];
  const root = tree.root();
  for (let i = 0; i < 500; i++) {
    const first = 1 + random(size - 1);
    // The root of an earlier size is what a stored checkpoint would hold; here it is recomputed.
    const firstRoot = rootFromReader(first, tree.read, nodeSha256);
    const t0 = performance.now();
    const proof = consistencyProof(first, size, tree.read, nodeSha256);
    const ok = verifyConsistency(first, size, proof, firstRoot, root, nodeSha256);
    consistency.push(performance.now() - t0);
    if (!ok) throw new Error("consistency failed");
  }
  say(
    `| consistency proof: generate + verify | node:crypto | ≤ ${2 * Math.ceil(Math.log2(size))} | ${micro(consistency.reduce((a, b) => a + b, 0) / consistency.length)} | ${micro(percentile(consistency, 50))} | ${micro(percentile(consistency, 99))} | ${micro(Math.max(...consistency))} |`,
  );
  say("");
}

function makeEntries(count: number): Uint8Array[] {
  const entries: Uint8Array[] = [];
  const base = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    entries.push(
      utf8(
        canonicalJson({
          type: "contact.decided",
          v: 1,
          at: new Date(base + i * 1000).toISOString(),
          actor: `agent-${i % 500}`,
          decisionId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
          accountId: `account-${i % 100_000}`,
          borrowerId: `borrower-${i % 80_000}`,
          channel: "call",
          recipient: "borrower",
          decision: i % 3 === 0 ? "defer" : "allow",
          reasons: i % 3 === 0 ? [{ kind: "frequency", rule: "seven-in-seven" }] : [],
          pack: { id: "us-regulation-f", version: "2021.1" },
        }),
      ),
    );
  }
  return entries;
}

async function verifySection(): Promise<void> {
  const signer = testLogSigner();
  const made = time(() => makeEntries(exportSize));
  const entries = made.value;
  const every = 10_000;
  const signed = time(() => {
    const tree = new MemoryTree(nodeSha256);
    const notes: string[] = [];
    for (const entry of entries) {
      tree.append(leafHash(entry, nodeSha256));
      if (tree.size % every === 0)
        notes.push(signCheckpoint({ origin: signer.name, size: tree.size, root: tree.root() }, signer));
    }
    return notes;
  });
  const checkpoints = signed.value;
  const meanBytes = entries.reduce((a, e) => a + e.length, 0) / entries.length;
  say(`### Offline verification of ${exportSize.toLocaleString("en")} entries`);
  say("");
  say(
    `Entries: contact.decided, mean ${meanBytes.toFixed(0)} bytes of canonical JSON; a signed checkpoint every ${every.toLocaleString("en")} entries (${checkpoints.length} checkpoints). Generating them took ${seconds(made.ms)}, the log ${seconds(signed.ms)}.`,
  );
  say("");
  // Baseline in the same run: SHA-256 of every entry once, no tree, no signatures.
  const baseline = time(() => {
    for (const entry of entries) nodeSha256(entry);
  }).ms;
  const row = (path: string, sha: string, ms: number) =>
    say(
      `| ${path} | ${sha} | ${seconds(ms)} | ${((exportSize / ms) * 1000).toFixed(0)} | ${(ms / baseline).toFixed(1)}x |`,
    );
  say("| path | sha256 | time | entries/s | vs baseline |");
  say("|---|---|---|---|---|");
  row("baseline: SHA-256 of each entry, nothing else", "node:crypto", baseline);
  for (const [name, sha] of [
    ["node:crypto", nodeSha256],
    ["noble (default)", nobleSha256],
  ] as const) {
    const run = time(() =>
      verifyLog({ entries, checkpoints, logKey: signer, trusted: checkpoints[0]!, sha256: sha }),
    );
    if (!run.value.ok) throw new Error(run.value.problem);
    row("verifyLog, entries in memory", name, run.ms);
  }
  const dir = mkdtempSync(join(tmpdir(), "ledger-bench-"));
  try {
    const written = await timeAsync(() => writeExport(join(dir, "export"), entries, checkpoints));
    const run = time(() => {
      const contents = readExport(join(dir, "export"));
      return verifyLog({ ...contents, logKey: signer, trusted: checkpoints[0]!, sha256: nodeSha256 });
    });
    if (!run.value.ok) throw new Error(run.value.problem);
    row("`ledger verify` path: read the tlog-tiles export from disk + verifyLog", "node:crypto", run.ms);
    say("");
    say(`Writing the export (${written.value.files} files) took ${seconds(written.ms)}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  say("");
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const started = performance.now();
say("## Ledger: proofs and offline verification");
say("");
say(
  `Command: \`npx tsx bench/ledger/proofs.bench.ts${quick ? " --quick" : ""}\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}). Targets: an inclusion proof at 10M entries < 1 ms; verifying 1M entries < 10 s. Load average at start: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (other work on the machine inflates every figure).`,
);
say("");
for (const size of sizes) proofSection(size);
await verifySection();
say(`Whole run: ${seconds(performance.now() - started)}.`);
mkdirSync("bench/out", { recursive: true });
writeFileSync("bench/out/ledger-proofs.md", `${lines.join("\n")}\n`);
