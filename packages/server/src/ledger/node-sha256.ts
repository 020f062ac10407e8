import { hash } from "node:crypto";
import type { Sha256 } from "@faircollect/domain/ledger/hash";

/** OpenSSL's SHA-256 for the ledger math, about 3x faster than the portable default the domain ships. */
export const nodeSha256: Sha256 = (data) => hash("sha256", data, "buffer");
