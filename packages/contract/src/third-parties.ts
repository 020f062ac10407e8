import { thirdPartyRelations, thirdPartySources } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant, phone } from "./common.js";

export const createThirdPartyBody = z.strictObject({
  name: z.string().min(1).max(200),
  phone,
  relation: z.enum(thirdPartyRelations),
  source: z.enum(thirdPartySources),
});

export const thirdParty = z.object({
  id,
  borrowerId: id,
  name: z.string(),
  phone: z.string(),
  relation: z.enum(thirdPartyRelations),
  source: z.enum(thirdPartySources),
  masked: z.boolean(),
  /** True once the retention policy destroyed the data key: personal fields are gone, not hidden. */
  erased: z.boolean(),
  createdAt: instant,
});
