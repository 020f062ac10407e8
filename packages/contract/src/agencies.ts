import { z } from "zod";
import { id, instant } from "./common.js";

export const createAgencyBody = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "1–32 letters, digits, dash or underscore"),
  name: z.string().min(1).max(200),
});
export const agency = z.object({ id, code: z.string(), name: z.string(), createdAt: instant });
