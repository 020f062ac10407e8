import { channels, contactOutcomes } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant, phone } from "./common.js";

const bilingual = z.object({ zh: z.string(), en: z.string() });
const snakeToken = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "must be a snake_case word such as collection");

/** What a collector or a dialer asks before any contact. */
export const contactDecisionBody = z.strictObject({
  accountId: id,
  channel: z.enum(channels),
  target: z.strictObject({
    kind: z.enum(["borrower", "third_party", "attorney", "guarantor"]),
    thirdPartyId: id.optional(),
  }),
  number: phone.optional(),
  purpose: snakeToken.default("collection"),
  message: z
    .strictObject({
      text: z.string().max(10_000).optional(),
      hasOptOutNotice: z.boolean().optional(),
      disclosesDebtDetails: z.boolean().optional(),
      mentionsDebt: z.boolean().optional(),
      identifiesInstitution: z.boolean().optional(),
      /** An approved template to send instead of free text; only `variables` are screened at each use. */
      templateId: id.optional(),
      variables: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/), z.string().max(2_000)).optional(),
      /** A supervisor's approval of this very text (from a deferral for review); it waives review findings once. */
      reviewItemId: id.optional(),
    })
    .refine((m) => m.text === undefined || m.templateId === undefined, {
      message: "give either text or templateId, not both",
      path: ["templateId"],
    })
    .refine((m) => m.variables === undefined || m.templateId !== undefined, {
      message: "variables fill a template: give templateId",
      path: ["variables"],
    })
    .optional(),
  visitCollectorCount: z.number().int().min(0).max(20).optional(),
  at: instant.optional(),
});
export type ContactDecisionBody = z.infer<typeof contactDecisionBody>;

export const decisionReason = z.object({
  kind: z.string(),
  rule: z.string(),
  citation: z.string(),
  message: bilingual,
});

/** The gateway's answer; recorded and in the ledger before it is sent. */
export const contactDecision = z.object({
  id,
  accountId: id,
  channel: z.enum(channels),
  at: instant,
  decision: z.enum(["allow", "defer", "deny"]),
  nextAllowedAt: instant.nullable(),
  /** For an allowed message: the provider must not deliver it after this instant. */
  sendBefore: instant.nullable(),
  reasons: z.array(decisionReason),
  obligations: z.array(z.object({ id: z.string(), message: bilingual })),
  pack: z.object({ id: z.string(), version: z.string() }),
  ledgerIndex: z.number().int(),
  /** The full number to dial or text: only in an allowed call or SMS decision. */
  dial: z.object({ number: z.string() }).nullable(),
  /** A message deferred for review waits in the QA queue as this item; ask again with it once approved. */
  reviewItemId: id.optional(),
});
export type ContactDecisionView = z.infer<typeof contactDecision>;

export const outcomeBody = z.strictObject({
  outcome: z.enum(contactOutcomes),
  at: instant,
  durationSeconds: z.number().int().min(0).max(86_400).optional(),
  transcript: z.string().max(200_000).optional(),
  thirdPartyRefused: z.boolean().optional(),
});

export const outcomeRecorded = z.object({
  decisionId: id,
  outcome: z.enum(contactOutcomes),
  ledgerIndex: z.number().int(),
});

export const contactStatus = z.object({
  accountId: id,
  at: instant,
  pack: z.object({ id: z.string(), version: z.string() }),
  channels: z.array(
    z.object({
      channel: z.enum(channels),
      allowedNow: z.boolean(),
      decision: z.enum(["allow", "defer", "deny"]),
      nextAllowedAt: instant.nullable(),
      reasons: z.array(decisionReason),
    }),
  ),
  caps: z.array(
    z.object({
      rule: z.string(),
      channel: z.string(),
      limit: z.number().int(),
      used: z.number().int(),
      remaining: z.number().int(),
      window: z.string(),
    }),
  ),
});
