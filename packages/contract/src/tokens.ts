import { z } from "zod";
import { id, instant } from "./common.js";

export const createTokenBody = z.strictObject({
  name: z.string().min(1).max(100),
  userId: id,
});

export const apiToken = z.object({
  id,
  name: z.string(),
  userId: id,
  createdAt: instant,
  revokedAt: instant.nullable(),
});

/** The secret is in this answer only; FairCollect keeps its hash. */
export const createdToken = apiToken.extend({ token: z.string() });
