import { channels } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant, pageQuery } from "./common.js";

const sources = ["transcript", "protection", "content"] as const;

/** Filters on who, which account, what kind, and when the contact happened. */
export const violationsQuery = pageQuery.extend({
  collectorId: id.optional(),
  accountId: id.optional(),
  kind: z
    .string()
    .regex(/^[a-z_]{1,40}$/, "must be a category or hold kind such as threat or cease")
    .optional(),
  source: z.enum(sources).optional(),
  from: instant.optional(),
  to: instant.optional(),
});

/** A breach found after the fact, listed with the contact it concerns. */
export const violation = z.object({
  id,
  source: z.enum(sources),
  kind: z.string(),
  rule: z.string(),
  severity: z.enum(["low", "medium", "high"]),
  collectorId: id.nullable(),
  accountId: id,
  borrowerId: id,
  holdId: id.nullable(),
  contact: z.object({
    decisionId: id.nullable(),
    contactId: id.nullable(),
    channel: z.enum(channels),
    at: instant,
    collectorId: id.nullable(),
  }),
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  detectedAt: instant,
  ledgerIndex: z.number().int(),
});
export type ViolationView = z.infer<typeof violation>;
