import { CATEGORIES } from "@faircollect/domain/screening/types";
import { z } from "zod";
import { id, instant } from "./common.js";

const category = z.enum(CATEGORIES);

/** Terms a supervisor adds to the shipped lexicon; each addition is a new, recorded version. */
export const addLexiconTermsBody = z.strictObject({
  category,
  severity: z.enum(["block", "review"]).default("block"),
  terms: z.array(z.string().trim().min(1).max(100)).min(1).max(200),
});
export type AddLexiconTermsBody = z.infer<typeof addLexiconTermsBody>;

export const lexiconTerm = z.object({
  id,
  version: z.number().int(),
  category,
  severity: z.enum(["block", "review"]),
  term: z.string(),
  addedBy: id,
  addedAt: instant,
});

/** The lexicon in force: the shipped version, the supervisor version on top, and the added terms. */
export const lexiconView = z.object({
  base: z.string(),
  version: z.number().int(),
  name: z.string(),
  terms: z.array(lexiconTerm),
});

export const lexiconChanged = lexiconView.extend({ ledgerIndex: z.number().int() });
