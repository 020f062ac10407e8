import { holdKinds, holdStates, vulnerabilityTypes } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant } from "./common.js";

/**
 * A protection starts or ends by a new row. `effectiveFrom` is when the borrower
 * said it (it may lie in the past); the server stamps `recordedAt`.
 */
export const recordHoldBody = z
  .strictObject({
    kind: z.enum(holdKinds),
    state: z.enum(holdStates).default("active"),
    accountId: id.optional(),
    effectiveFrom: instant,
    inWriting: z.boolean().default(false),
    vulnerabilityType: z.enum(vulnerabilityTypes).optional(),
    attorneyContact: z.string().min(1).max(500).optional(),
    note: z.string().max(2000).optional(),
  })
  .refine((b) => b.kind !== "vulnerability" || b.state === "ended" || b.vulnerabilityType !== undefined, {
    message: "a vulnerability hold needs vulnerabilityType",
    path: ["vulnerabilityType"],
  })
  .refine((b) => b.kind !== "attorney" || b.state === "ended" || b.attorneyContact !== undefined, {
    message: "an attorney hold needs attorneyContact",
    path: ["attorneyContact"],
  });

export const hold = z.object({
  id,
  borrowerId: id,
  accountId: id.nullable(),
  kind: z.enum(holdKinds),
  state: z.enum(holdStates),
  effectiveFrom: instant,
  recordedAt: instant,
  recordedBy: id,
  inWriting: z.boolean(),
  vulnerabilityType: z.enum(vulnerabilityTypes).nullable(),
  attorneyContact: z.string().nullable(),
  note: z.string().nullable(),
});

export const holdsResponse = z.object({ rows: z.array(hold), active: z.array(hold) });
