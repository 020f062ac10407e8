import type { ConsistencyProofView, InclusionProofView } from "@faircollect/contract";
import { toBase64 } from "@faircollect/domain/ledger/bytes";
import { consistencyProof, consistencyProofRanges } from "@faircollect/domain/ledger/consistency-proof";
import { inclusionProof, inclusionProofRanges } from "@faircollect/domain/ledger/inclusion-proof";
import { nodesForRanges } from "@faircollect/domain/ledger/subtree";
import { invalid } from "../services/app-error.js";
import type { ServiceDeps } from "../services/deps.js";
import type { Db } from "../store/database.js";
import { nodeSha256 } from "./node-sha256.js";
import { checkpointedSize } from "./read-checkpoint.js";
import { readNodes } from "./tree-nodes.js";

/** Refuses a tree size beyond the latest checkpoint: nothing unsigned is proven against. */
async function assertWithinTree(db: Db, field: string, size: number): Promise<void> {
  const treeSize = await checkpointedSize(db);
  if (size > treeSize) throw invalid(field, `${size} exceeds the checkpointed tree size ${treeSize}`);
}

/** The inclusion proof of the leaf at index in the tree of treeSize; nodes are read in one query. */
export async function inclusionProofFor(db: Db, index: number, treeSize: number): Promise<Uint8Array[]> {
  const ranges = inclusionProofRanges(index, treeSize);
  const read = await readNodes(db, nodesForRanges(ranges));
  return inclusionProof(index, treeSize, read, nodeSha256);
}

/** GET /v1/ledger/proofs/inclusion: checks the request, then proves the leaf into the tree. */
export async function getInclusionProof(
  deps: ServiceDeps,
  query: { index: number; treeSize: number },
): Promise<InclusionProofView> {
  const db = deps.store.db;
  await assertWithinTree(db, "treeSize", query.treeSize);
  if (query.index >= query.treeSize)
    throw invalid("index", `${query.index} is outside a tree of size ${query.treeSize}`);
  const ranges = inclusionProofRanges(query.index, query.treeSize);
  const read = await readNodes(db, [{ level: 0, index: query.index }, ...nodesForRanges(ranges)]);
  return {
    index: query.index,
    treeSize: query.treeSize,
    leafHash: toBase64(read(0, query.index)),
    proof: inclusionProof(query.index, query.treeSize, read, nodeSha256).map(toBase64),
  };
}

/** GET /v1/ledger/proofs/consistency: proves the tree of size from is a prefix of the tree of size to. */
export async function getConsistencyProof(
  deps: ServiceDeps,
  query: { from: number; to: number },
): Promise<ConsistencyProofView> {
  const db = deps.store.db;
  await assertWithinTree(db, "to", query.to);
  if (query.from > query.to) throw invalid("from", `${query.from} is larger than to (${query.to})`);
  const read = await readNodes(db, nodesForRanges(consistencyProofRanges(query.from, query.to)));
  return {
    from: query.from,
    to: query.to,
    proof: consistencyProof(query.from, query.to, read, nodeSha256).map(toBase64),
  };
}
