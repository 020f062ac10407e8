import { z } from "zod";

/** Ids are UUIDs so they can be minted on any node without coordination. */
export const id = z.uuid();

/** An instant with an explicit offset; stored and returned in UTC. */
export const instant = z.iso.datetime({ offset: true });

/** A calendar date with no time zone (due dates). */
export const localDate = z.iso.date();

/** A wall-clock time of day, HH:mm, in the borrower's own zone. */
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm");

function isIanaZone(zone: string): boolean {
  if (!zone.includes("/") && zone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone name such as Asia/Shanghai; fixed offsets are refused because they ignore DST. */
export const timeZone = z.string().refine(isIanaZone, "must be an IANA time zone such as Asia/Shanghai");

/**
 * E.164 with the numbering plans FairCollect serves checked more closely:
 * mainland China mobiles (+86 1[3-9]…) and NANP numbers (+1 NXX NXX XXXX).
 */
export const phone = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number such as +8613812345678")
  .refine(
    (p) => !p.startsWith("+86") || /^\+861[3-9]\d{9}$/.test(p),
    "not a valid mainland China mobile number",
  )
  .refine(
    (p) => !p.startsWith("+1") || /^\+1[2-9]\d{2}[2-9]\d{6}$/.test(p),
    "not a valid North American number",
  );

export const email = z.email();

/** ISO 4217 code. */
export const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as CNY");

/** Money in minor units (fen, cents) so no amount is ever a float. */
export const minorUnits = z.number().int().min(0).max(1e13);

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const idParams = z.strictObject({ id });

export const okResponse = z.object({ ok: z.literal(true) });
