import { channels } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant } from "./common.js";
import { findingView } from "./screening-common.js";

/**
 * A supervisor approves a template: fixed text with `{{slot}}` placeholders. The
 * fixed text is screened once here; review-level findings need `acknowledgeFindings`.
 */
export const createTemplateBody = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, "must be a lowercase code such as payment-reminder"),
  text: z.string().min(1).max(10_000),
  channel: z.enum(channels),
  locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a locale such as en-US or zh-CN"),
  acknowledgeFindings: z.boolean().default(false),
});
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;

/** An approved template version; decisions name it by `id` and fill its `slots`. */
export const messageTemplate = z.object({
  id,
  name: z.string(),
  version: z.number().int(),
  channel: z.enum(channels),
  locale: z.string(),
  text: z.string(),
  slots: z.array(z.string()),
  digest: z.string(),
  verdict: z.enum(["allow", "review"]),
  findings: z.array(findingView.extend({ match: z.string() })),
  lexiconVersion: z.string(),
  approvedBy: id,
  approvedAt: instant,
  ledgerIndex: z.number().int(),
});
export type MessageTemplateView = z.infer<typeof messageTemplate>;

export const templatesQuery = z.strictObject({
  channel: z.enum(channels).optional(),
  name: z.string().max(64).optional(),
});
