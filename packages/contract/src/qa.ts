import { channels } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant, pageQuery } from "./common.js";
import { findingView } from "./screening-common.js";

const qaKinds = ["message", "transcript"] as const;
const qaStatuses = ["pending", "approved", "rejected"] as const;

export const qaItemsQuery = pageQuery.extend({
  status: z.enum(qaStatuses).optional(),
  kind: z.enum(qaKinds).optional(),
});

/**
 * One item of the QA queue: a message deferred for review, or a screened call
 * transcript with findings. `text` is shown to supervisors only.
 */
export const qaItem = z.object({
  id,
  kind: z.enum(qaKinds),
  status: z.enum(qaStatuses),
  accountId: id,
  borrowerId: id,
  collectorId: id,
  decisionId: id,
  channel: z.enum(channels),
  createdAt: instant,
  findings: z.array(findingView),
  text: z.string().nullable(),
  resolution: z
    .object({ by: id, at: instant, note: z.string().nullable(), usedByDecisionId: id.nullable() })
    .nullable(),
});
export type QaItemView = z.infer<typeof qaItem>;

/**
 * Approving a message lets its collector ask again with `message.reviewItemId`
 * (once, same text); approving a transcript confirms its violations, rejecting dismisses them.
 */
export const resolveQaItemBody = z.strictObject({
  resolution: z.enum(["approve", "reject"]),
  note: z.string().max(2000).optional(),
});
