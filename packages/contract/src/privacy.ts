import { z } from "zod";
import { id, instant } from "./common.js";

/** One read of the borrower's personal data, as the ledger recorded it. */
export const dataAccess = z.object({
  ledgerIndex: z.number().int(),
  at: instant,
  reader: z.object({ id, role: z.string(), displayName: z.string() }).nullable(),
  fields: z.array(z.string()),
  purpose: z.string(),
});

export const dataAccessQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** An alert about a user's access to personal data, for supervisors and auditors. */
export const alert = z.object({
  id,
  kind: z.string(),
  userId: id,
  detail: z.record(z.string(), z.unknown()),
  createdAt: instant,
});
