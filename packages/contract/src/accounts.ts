import { accountStatuses } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { currency, id, instant, localDate, minorUnits } from "./common.js";

export const createAccountBody = z
  .strictObject({
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
    /** When the Reg F validation notice went out, if it already has (a later letter can record it too). */
    validationNoticeSentAt: instant.optional(),
    /** When the debtor was told the account goes to the agency: CN agencies collect only from then. */
    outsourcingNoticeAt: instant.optional(),
  })
  .refine((b) => b.outsourcingNoticeAt === undefined || b.agencyId, {
    message: "only an account placed with an agency has an outsourcing notice",
    path: ["outsourcingNoticeAt"],
  });

export const assignmentBody = z
  .strictObject({
    agencyId: id.nullable(),
    collectorId: id.nullable(),
    /**
     * When the debtor was told of this placement. Without it a move to another
     * agency clears the notice (it named the previous one); staying keeps it.
     */
    outsourcingNoticeAt: instant.optional(),
  })
  .refine((b) => b.outsourcingNoticeAt === undefined || b.agencyId, {
    message: "only an account placed with an agency has an outsourcing notice",
    path: ["outsourcingNoticeAt"],
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
  firstCommunicationAt: instant.nullable(),
  validationNoticeSentAt: instant.nullable(),
  outsourcingNoticeAt: instant.nullable(),
  createdAt: instant,
});
export type Account = z.infer<typeof account>;

export const accountsQuery = z.strictObject({
  borrowerId: id.optional(),
  status: z.enum(accountStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
