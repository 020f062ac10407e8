import { roles } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant } from "./common.js";

export const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const me = z.object({
  id,
  username: z.string(),
  role: z.enum(roles),
  displayName: z.string(),
  agencyId: id.nullable(),
  borrowerId: id.nullable(),
  certifiedUntil: instant.nullable(),
});
export type Me = z.infer<typeof me>;
