import { jurisdictions } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { email, id, instant, phone, timeZone } from "./common.js";

/** The USPS codes of the states, the District of Columbia and the territories. */
// biome-ignore format: a table of codes reads better in rows
export const usStates = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
  "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
  "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP",
  "PR", "VI",
] as const;

/**
 * A US borrower's state: state laws (Massachusetts caps) apply by it. Not
 * personal data at this granularity, so it is stored and shown in clear.
 */
export const usState = z.enum(usStates, { error: "must be a two-letter US state code such as MA" });
export type UsState = z.infer<typeof usState>;

export const createBorrowerBody = z
  .strictObject({
    ref: z.string().min(1).max(64),
    name: z.string().min(1).max(200),
    phones: z.array(phone).min(1).max(5),
    email: email.optional(),
    nationalId: z
      .string()
      .regex(/^[0-9A-Za-z-]{4,32}$/, "4–32 letters, digits or dashes")
      .optional(),
    address: z.string().min(1).max(500).optional(),
    timeZone,
    locale: z.enum(["zh-CN", "en-US"]),
    jurisdiction: z.enum(jurisdictions),
    state: usState.optional(),
  })
  .refine((b) => b.state === undefined || b.jurisdiction === "US", {
    message: "only a US borrower has a state",
    path: ["state"],
  });
export type CreateBorrowerBody = z.infer<typeof createBorrowerBody>;

/**
 * A borrower as the caller may see them: `disclosure` says whether personal
 * fields are shown in full, masked or as pseudonyms; a field the caller may not
 * see at all is null (phones: empty).
 */
export const borrower = z.object({
  id,
  ref: z.string(),
  name: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  nationalId: z.string().nullable(),
  address: z.string().nullable(),
  timeZone: z.string(),
  locale: z.string(),
  jurisdiction: z.enum(jurisdictions),
  state: z.string().nullable(),
  masked: z.boolean(),
  disclosure: z.enum(["full", "masked", "pseudonym"]),
  /** True once the retention policy destroyed the data key: personal fields are gone, not hidden. */
  erased: z.boolean(),
  createdAt: instant,
});
export type Borrower = z.infer<typeof borrower>;

export const borrowersQuery = z.strictObject({
  jurisdiction: z.enum(jurisdictions).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Lookups by phone or national id go through a body, so the value never lands in an access log. */
export const borrowerLookupBody = z
  .strictObject({ phone: phone.optional(), nationalId: z.string().min(4).max(32).optional() })
  .refine((b) => b.phone !== undefined || b.nationalId !== undefined, {
    message: "give phone or nationalId",
    path: ["phone"],
  });
