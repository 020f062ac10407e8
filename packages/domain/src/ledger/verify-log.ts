import { equalBytes, toHex } from "./bytes.js";
import { type Checkpoint, openCheckpoint } from "./checkpoint.js";
import { CompactRange } from "./compact-range.js";
import { HASH_SIZE, leafHash, nobleSha256, type Sha256 } from "./hash.js";
import type { NoteVerifierKey } from "./note-keys.js";

/** What an offline verification of a whole log found. */
export type LogVerification =
  | { ok: true; treeSize: number; root: Uint8Array; checkpoints: number }
  | {
      ok: false;
      problem: string;
      /** The first entry that differs from what a signed checkpoint commits to, when it can be named exactly. */
      firstBadIndex?: number;
      /** Otherwise the half-open range of indexes known to hold the first difference. */
      badRange?: readonly [number, number];
    };

/** The input of verifyLog; only entries, signed checkpoints and the log key are trusted for anything. */
export type LogVerificationInput = {
  entries: Iterable<Uint8Array>;
  checkpoints: readonly string[];
  logKey: NoteVerifierKey;
  /** A checkpoint the verifier kept from before; the log must still contain exactly that tree. */
  trusted?: string;
  /**
   * The export's own leaf hashes (tlog-tiles level 0), untrusted: used only after a failure, and
   * only once they are shown to hash to a signed root, to name the exact first bad index.
   */
  claimedLeafHash?: (index: number) => Uint8Array | undefined;
  sha256?: Sha256;
};

type Failure = Extract<LogVerification, { ok: false }>;

/**
 * Re-hashes every entry, recomputes the root at every signed checkpoint's size, and checks the
 * trusted checkpoint is a prefix of this log. Any changed, removed, inserted or reordered entry
 * changes a root a checkpoint signs; the first bad index is then found by comparing the
 * recomputed leaf hashes with leaf hashes that are proven (by hashing to that signed root) to be
 * the log's. A fork of the trusted checkpoint can only be narrowed to below its size.
 */
export function verifyLog(input: LogVerificationInput): LogVerification {
  const sha256 = input.sha256 ?? nobleSha256;
  const opened = openAll(input.checkpoints, input.logKey);
  if ("problem" in opened) return opened;
  let trusted: Checkpoint | undefined;
  if (input.trusted !== undefined) {
    const result = openCheckpoint(input.trusted, input.logKey);
    if (!result.ok) return { ok: false, problem: `trusted checkpoint: ${result.problem}` };
    trusted = result.checkpoint;
  }
  const bySize = new Map(opened.map((c) => [c.size, c]));
  const sameSize = trusted && bySize.get(trusted.size);
  if (trusted && sameSize && !equalBytes(sameSize.root, trusted.root))
    return fork(trusted, "the export's checkpoint of the same size");

  const range = CompactRange.empty(sha256);
  const leaves = new LeafHashes();
  let firstFailure: { checkpoint: Checkpoint; lastGood: number } | undefined;
  let lastGood = 0;
  let trustedRoot: Uint8Array | undefined;
  for (const entry of input.entries) {
    const hash = leafHash(entry, sha256);
    range.append(hash);
    leaves.push(hash);
    const size = range.size;
    if (trusted?.size === size) trustedRoot = range.root();
    const checkpoint = bySize.get(size);
    if (!checkpoint) continue;
    if (!equalBytes(range.root(), checkpoint.root)) firstFailure ??= { checkpoint, lastGood };
    else if (firstFailure) return equivocation(firstFailure.checkpoint, firstFailure.lastGood, size);
    else lastGood = size;
  }
  const count = range.size;
  if (!firstFailure) {
    // A signed size the entries never reached means entries were removed from the end.
    const unreached = opened.find((c) => c.size > count);
    if (unreached) firstFailure = { checkpoint: unreached, lastGood };
  }
  if (firstFailure)
    return locate(firstFailure.checkpoint, firstFailure.lastGood, leaves, count, input, sha256);

  const latest = opened.at(-1)!;
  if (count > latest.size) {
    return {
      ok: false,
      problem: `entries from index ${latest.size} are not covered by any checkpoint`,
      firstBadIndex: latest.size,
    };
  }
  if (trusted && trusted.size > count) {
    return {
      ok: false,
      problem: `the log ends at size ${count}, before the trusted size ${trusted.size}: entries from index ${count} are missing`,
      firstBadIndex: count,
    };
  }
  if (trusted && trusted.size > 0 && trustedRoot && !equalBytes(trustedRoot, trusted.root)) {
    return fork(trusted, "the export's history");
  }
  return { ok: true, treeSize: count, root: range.root(), checkpoints: opened.length };
}

function openAll(notes: readonly string[], logKey: NoteVerifierKey): Checkpoint[] | Failure {
  if (notes.length === 0) return { ok: false, problem: "no checkpoint: nothing commits to these entries" };
  const opened: Checkpoint[] = [];
  for (const [i, note] of notes.entries()) {
    const result = openCheckpoint(note, logKey);
    if (!result.ok)
      return { ok: false, problem: `checkpoint ${i + 1} of ${notes.length}: ${result.problem}` };
    opened.push(result.checkpoint);
  }
  opened.sort((a, b) => a.size - b.size);
  for (let i = 1; i < opened.length; i++) {
    const [a, b] = [opened[i - 1]!, opened[i]!];
    if (a.size === b.size && !equalBytes(a.root, b.root)) {
      return {
        ok: false,
        problem: `two signed checkpoints at size ${a.size} disagree: the log forked`,
        badRange: [0, a.size],
      };
    }
  }
  return opened;
}

/** A failed checkpoint followed by one the entries match: the log key signed two histories. */
function equivocation(failed: Checkpoint, lastGood: number, matched: number): Failure {
  return {
    ok: false,
    problem: `the log forked: the checkpoint at size ${failed.size} signs a different history from the checkpoint at size ${matched}, which these entries match; the histories differ between index ${lastGood} and ${failed.size - 1}`,
    badRange: [lastGood, failed.size],
  };
}

function fork(trusted: Checkpoint, what: string): Failure {
  return {
    ok: false,
    problem: `${what} forks from the trusted checkpoint at size ${trusted.size} (root ${toHex(trusted.root)}): some entry below index ${trusted.size} differs from the history the trusted checkpoint signs`,
    badRange: [0, trusted.size],
  };
}

function locate(
  checkpoint: Checkpoint,
  lastGood: number,
  leaves: LeafHashes,
  count: number,
  input: LogVerificationInput,
  sha256: Sha256,
): Failure {
  const size = checkpoint.size;
  const what = `the entries do not hash to the root the checkpoint at size ${size} signs`;
  const claimed = input.claimedLeafHash;
  if (claimed && provenByRoot(claimed, checkpoint, sha256)) {
    for (let i = 0; i < size; i++) {
      const mine = i < count ? leaves.get(i) : undefined;
      if (!mine || !equalBytes(mine, claimed(i)!)) {
        const why = i < count ? "differs from the entry the log committed to" : "is missing";
        return { ok: false, problem: `${what}: entry ${i} ${why}`, firstBadIndex: i };
      }
    }
  }
  return {
    ok: false,
    problem: `${what}: the first bad entry is between index ${lastGood} and ${size - 1}`,
    badRange: [lastGood, size],
  };
}

/** Whether the claimed leaf hashes of [0, size) hash to the signed root, which makes each of them the log's. */
function provenByRoot(
  claimed: (index: number) => Uint8Array | undefined,
  checkpoint: Checkpoint,
  sha256: Sha256,
): boolean {
  const range = CompactRange.empty(sha256);
  for (let i = 0; i < checkpoint.size; i++) {
    const hash = claimed(i);
    if (!hash || hash.length !== HASH_SIZE) return false;
    range.append(hash);
  }
  return equalBytes(range.root(), checkpoint.root);
}

/** Recomputed leaf hashes in one growable buffer (32 bytes each), kept to name a bad index. */
class LeafHashes {
  #bytes = new Uint8Array(HASH_SIZE * 1024);
  #count = 0;

  push(hash: Uint8Array): void {
    if ((this.#count + 1) * HASH_SIZE > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2);
      grown.set(this.#bytes);
      this.#bytes = grown;
    }
    this.#bytes.set(hash, this.#count * HASH_SIZE);
    this.#count += 1;
  }

  get(index: number): Uint8Array {
    return this.#bytes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }
}
