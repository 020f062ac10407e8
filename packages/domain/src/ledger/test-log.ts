import { signCheckpoint } from "./checkpoint.js";
import { encodeEntry } from "./entry-codec.js";
import { leafHash } from "./hash.js";
import { MemoryTree } from "./memory-tree.js";
import { type NoteSigner, noteSignerFromSeed } from "./note-keys.js";

/** A fixed log key for tests and demos; never use a fixed seed for a real log. */
export function testLogSigner(name = "ledger.test/faircollect", fill = 42): NoteSigner {
  return noteSignerFromSeed(name, new Uint8Array(32).fill(fill));
}

/** A signed log of count real entries with a checkpoint every `every` entries and at the end. */
export function buildTestLog(
  count: number,
  every: number,
  signer: NoteSigner = testLogSigner(),
): { entries: Uint8Array[]; checkpoints: string[]; tree: MemoryTree } {
  const entries: Uint8Array[] = [];
  const checkpoints: string[] = [];
  const tree = new MemoryTree();
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
    const entry = encodeEntry({ type: "agency.created", v: 1, at, actor: "system", agencyId: `agency-${i}` });
    entries.push(entry);
    tree.append(leafHash(entry));
    if (tree.size % every === 0 || tree.size === count) {
      checkpoints.push(signCheckpoint({ origin: signer.name, size: tree.size, root: tree.root() }, signer));
    }
  }
  return { entries, checkpoints, tree };
}
