import { receiptSchema } from "@faircollect/domain/ledger/receipt";
import { z } from "zod";
import { instant } from "./common.js";

/** Entries one page of GET /v1/ledger/entries may carry, so a page is bounded in time and memory. */
export const LEDGER_PAGE_MAX = 1000;

const leafIndex = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const base64Hash = z.base64().describe("32-byte SHA-256 hash in standard base64");

/** A witness's cosignature as the server shows it beside the checkpoint it signs. */
export const ledgerCosignature = z.object({
  name: z.string(),
  keyId: z.string().describe("key id, 8 hex digits"),
  witnessKey: z.string().describe("the witness's verifier key (type 0x04)"),
  timestamp: z.number().int().describe("POSIX seconds the witness signed at"),
  submittedAt: instant,
});

/** The latest signed checkpoint: the C2SP signed note (log signature plus witness cosignature lines) and its parts. */
export const ledgerCheckpoint = z.object({
  origin: z.string(),
  size: z.number().int().min(0),
  root: base64Hash,
  note: z.string().describe("c2sp.org/tlog-checkpoint signed note, witness cosignatures included"),
  createdAt: instant,
  cosignatures: z.array(ledgerCosignature),
});

/** A half-open page [from, to) of entries; `to` defaults to a full page and stops at the checkpointed tree. */
export const ledgerEntriesQuery = z.strictObject({ from: leafIndex, to: leafIndex.optional() });

/** One entry as stored: its leaf bytes are the UTF-8 of `body`, canonical JSON. */
export const ledgerEntryView = z.object({
  index: z.number().int(),
  type: z.string(),
  body: z.string().describe("canonical JSON; the leaf hash is SHA-256(0x00 || UTF-8(body))"),
  createdAt: instant,
});

/** One page of entries and the checkpointed tree size it was read against. */
export const ledgerEntriesPage = z.object({
  from: z.number().int(),
  to: z.number().int(),
  treeSize: z.number().int(),
  entries: z.array(ledgerEntryView),
});

/** Which leaf, in which tree size; the size must not exceed the latest checkpoint. */
export const inclusionProofQuery = z.strictObject({ index: leafIndex, treeSize: leafIndex });

/** RFC 9162 inclusion proof: sibling hashes from the leaf up. */
export const inclusionProofView = z.object({
  index: z.number().int(),
  treeSize: z.number().int(),
  leafHash: base64Hash,
  proof: z.array(base64Hash),
});

/** Two tree sizes, older first; the newer must not exceed the latest checkpoint. */
export const consistencyProofQuery = z.strictObject({ from: leafIndex, to: leafIndex });

/** RFC 9162 consistency proof between two tree sizes. */
export const consistencyProofView = z.object({
  from: z.number().int(),
  to: z.number().int(),
  proof: z.array(base64Hash),
});

/** The leaf index in a receipt's path. */
export const ledgerIndexParams = z.strictObject({ index: leafIndex });

/** A receipt anyone can check offline with the log's public key (`faircollect ledger verify-receipt`). */
export const ledgerReceipt = receiptSchema;

/** The entries about the logged-in borrower, newest first, for fetching receipts. */
export const myReceipts = z.object({
  treeSize: z
    .number()
    .int()
    .describe("entries below this index have receipts now; later ones after the next checkpoint"),
  entries: z.array(z.object({ index: z.number().int(), type: z.string(), createdAt: instant })),
});

/** A witness submits the checkpoint note it cosigned and its own verifier key. */
export const cosignatureBody = z.strictObject({
  note: z
    .string()
    .min(1)
    .max(64 * 1024),
  witnessKey: z.string().min(1).max(512),
});

/** Answer types of the ledger routes, inferred from the schemas above. */
export type LedgerCheckpointView = z.infer<typeof ledgerCheckpoint>;
export type LedgerEntriesPage = z.infer<typeof ledgerEntriesPage>;
export type InclusionProofView = z.infer<typeof inclusionProofView>;
export type ConsistencyProofView = z.infer<typeof consistencyProofView>;
export type MyReceipts = z.infer<typeof myReceipts>;
export type LedgerCosignatureView = z.infer<typeof ledgerCosignature>;
