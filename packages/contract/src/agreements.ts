import { z } from "zod";
import { id, instant } from "./common.js";

/** The personal fields an agreement can grant an agency. */
export const grantableFields = ["name", "phones", "email", "nationalId", "address", "thirdParties"] as const;

/** Why an agency may process a borrower's data; a request names one (header `x-purpose`). */
export const purposeToken = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, "must be a snake_case purpose such as collection");

export const createAgreementBody = z
  .strictObject({
    agencyId: id,
    purposes: z.array(purposeToken).min(1).max(20),
    fields: z.array(z.enum(grantableFields)).max(grantableFields.length),
    validFrom: instant,
    validUntil: instant,
    onwardTransferConsent: z.boolean().default(false),
  })
  .refine((b) => Date.parse(b.validUntil) > Date.parse(b.validFrom), {
    message: "must lie after validFrom",
    path: ["validUntil"],
  });

/** An amendment: any of the terms, or a change of status; every change goes into the ledger. */
export const amendAgreementBody = z
  .strictObject({
    purposes: z.array(purposeToken).min(1).max(20).optional(),
    fields: z.array(z.enum(grantableFields)).max(grantableFields.length).optional(),
    validUntil: instant.optional(),
    onwardTransferConsent: z.boolean().optional(),
    status: z.enum(["active", "suspended", "terminated"]).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, {
    message: "give at least one term to change",
    path: ["status"],
  });

export const agreement = z.object({
  id,
  agencyId: id,
  version: z.number().int(),
  purposes: z.array(z.string()),
  fields: z.array(z.enum(grantableFields)),
  validFrom: instant,
  validUntil: instant,
  onwardTransferConsent: z.boolean(),
  status: z.enum(["active", "suspended", "terminated"]),
  inForce: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
});
export type Agreement = z.infer<typeof agreement>;
