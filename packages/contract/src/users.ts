import { roles } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { me } from "./auth.js";
import { id, instant } from "./common.js";

export const user = me.extend({ disabled: z.boolean(), createdAt: instant });
export type User = z.infer<typeof user>;

export const createUserBody = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, "3–64 lowercase letters, digits, dot, dash or underscore"),
  password: z.string().min(12, "at least 12 characters").max(256),
  role: z.enum(roles),
  displayName: z.string().min(1).max(100),
  agencyId: id.optional(),
  borrowerId: id.optional(),
  certifiedUntil: instant.optional(),
});

export const certificationBody = z.strictObject({ certifiedUntil: instant });

export const usersQuery = z.strictObject({
  role: z.enum(roles).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
