import { z } from "zod";
import { isWallClock } from "../time/wall-clock.js";
import { CHANNELS, CONTACT_SOURCES, OUTCOMES, TARGETS } from "../vocabulary.js";

/** Schemas for the parameters pack rules share, so every pack states channels, times and lists the same way. */
export const param = {
  channels: z.array(z.enum(CHANNELS)).min(1),
  targets: z.array(z.enum(TARGETS)).min(1),
  outcomes: z.array(z.enum(OUTCOMES)).min(1),
  sources: z.array(z.enum(CONTACT_SOURCES)).min(1),
  purposes: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)),
  wallClock: z.string().refine(isWallClock, "must be HH:mm"),
  count: z.number().int().nonnegative(),
  positive: z.number().int().positive(),
  obligationId: z.string().regex(/^[a-z][a-z0-9-]*$/, "must be kebab-case"),
  bilingual: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
};
