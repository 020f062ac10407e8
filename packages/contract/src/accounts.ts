import { accountStatuses } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { currency, id, instant, localDate, minorUnits } from "./common.js";

export const createAccountBody = z.strictObject({
  ref: z.string().min(1).max(64),
  borrowerId: id,
  product: z.string().min(1).max(64),
  principalMinor: minorUnits,
  outstandingMinor: minorUnits,
  currency,
  dueDate: localDate,
  daysPastDue: z.number().int().min(0).max(100_000),
  status: z.enum(accountStatuses),
  agencyId: id.nullable().optional(),
  collectorId: id.nullable().optional(),
});

export const assignmentBody = z.strictObject({
  agencyId: id.nullable(),
  collectorId: id.nullable(),
});

export const account = z.object({
  id,
  ref: z.string(),
  borrowerId: id,
  product: z.string(),
  principalMinor: z.number().int(),
  outstandingMinor: z.number().int(),
  currency: z.string(),
  dueDate: z.string(),
  daysPastDue: z.number().int(),
  status: z.enum(accountStatuses),
  agencyId: id.nullable(),
  collectorId: id.nullable(),
  createdAt: instant,
});
export type Account = z.infer<typeof account>;

export const accountsQuery = z.strictObject({
  borrowerId: id.optional(),
  status: z.enum(accountStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
