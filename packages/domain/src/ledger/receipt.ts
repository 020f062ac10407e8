import { z } from "zod";
import { fromBase64, toBase64 } from "./bytes.js";
import { openCheckpoint } from "./checkpoint.js";
import type { LedgerEntry } from "./entries.js";
import { decodeEntry } from "./entry-codec.js";
import { leafHash, nobleSha256, type Sha256 } from "./hash.js";
import { verifyInclusion } from "./inclusion-proof.js";
import type { NoteVerifierKey } from "./note-keys.js";

/** What a borrower keeps: the entry, where it sits, the path to the root and the signed checkpoint. */
export const receiptSchema = z.strictObject({
  format: z.literal("faircollect-receipt/v1"),
  index: z.number().int().nonnegative(),
  entry: z.base64(),
  proof: z.array(z.base64()).max(64),
  checkpoint: z.string().max(64 * 1024),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** Assembles a receipt from the entry's bytes, its index, an inclusion proof and the checkpoint it was proven against. */
export function buildReceipt(input: {
  entry: Uint8Array;
  index: number;
  proof: readonly Uint8Array[];
  checkpoint: string;
}): Receipt {
  return {
    format: "faircollect-receipt/v1",
    index: input.index,
    entry: toBase64(input.entry),
    proof: input.proof.map(toBase64),
    checkpoint: input.checkpoint,
  };
}

/** What a receipt check found; ok only when the signature and the inclusion both verify. */
export type ReceiptReport = {
  ok: boolean;
  problems: string[];
  index?: number;
  treeSize?: number;
  entry?: LedgerEntry;
};

/**
 * Checks a receipt with nothing but the log's public key: the checkpoint signature, then the
 * entry's leaf hash against the checkpoint's own size and root (never a size the receipt claims).
 */
export function verifyReceipt(
  receipt: unknown,
  logKey: NoteVerifierKey,
  sha256: Sha256 = nobleSha256,
): ReceiptReport {
  const parsed = receiptSchema.safeParse(receipt);
  if (!parsed.success) return { ok: false, problems: ["not a receipt"] };
  const { index, checkpoint } = parsed.data;
  const entry = fromBase64(parsed.data.entry);
  const proof = parsed.data.proof.map(fromBase64);
  if (!entry || proof.some((p) => p === undefined))
    return { ok: false, problems: ["receipt has bad base64"] };
  const problems: string[] = [];
  const opened = openCheckpoint(checkpoint, logKey);
  if (!opened.ok) problems.push(`checkpoint: ${opened.problem}`);
  else if (
    !verifyInclusion(
      leafHash(entry, sha256),
      index,
      opened.checkpoint.size,
      proof as Uint8Array[],
      opened.checkpoint.root,
      sha256,
    )
  ) {
    problems.push(`entry ${index} is not in the tree of size ${opened.checkpoint.size} the checkpoint signs`);
  }
  const decoded = decodeEntry(entry);
  return {
    ok: problems.length === 0,
    problems,
    index,
    ...(opened.ok ? { treeSize: opened.checkpoint.size } : {}),
    ...(decoded.ok ? { entry: decoded.entry } : {}),
  };
}
