import { CATEGORIES } from "@faircollect/domain/screening/types";
import { z } from "zod";

/** One screen finding as the API shows it: where and what, never the matched words of a personal message. */
export const findingView = z.object({
  category: z.enum(CATEGORIES),
  severity: z.enum(["block", "review"]),
  rule: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type FindingView = z.infer<typeof findingView>;
