import { createBorrowerBody, currency, instant, localDate, usState } from "@faircollect/contract";
import { accountStatuses, jurisdictions } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";

const money = z
  .string()
  .regex(/^\d{1,11}(\.\d{1,2})?$/, "must be an amount such as 1234.56")
  .transform((v) => Math.round(Number(v) * 100));
const optional = z
  .string()
  .transform((v) => (v.trim() === "" ? undefined : v.trim()))
  .optional();

/** The header an accounts CSV must have, in any order. */
export const accountCsvColumns = [
  "borrower_ref",
  "name",
  "phone",
  "email",
  "national_id",
  "address",
  "time_zone",
  "locale",
  "jurisdiction",
  "account_ref",
  "product",
  "principal",
  "outstanding",
  "currency",
  "due_date",
  "days_past_due",
  "status",
  "agency",
  "collector",
] as const;

/**
 * Columns a file may leave out: the borrower's US state, when the validation
 * notice went out, and when the debtor was told of the placement with the agency.
 */
export const accountCsvOptionalColumns = [
  "state",
  "validation_notice_sent_at",
  "outsourcing_notice_at",
] as const;

const b = createBorrowerBody.shape;

/** One CSV row: a borrower (repeated rows with the same borrower_ref are one borrower) and one account. */
export const accountCsvRow = z
  .strictObject({
    borrower_ref: b.ref,
    name: b.name,
    phone: z
      .string()
      .transform((v) => v.split(/[;|]/).map((p) => p.trim()))
      .pipe(b.phones),
    email: optional.pipe(b.email),
    national_id: optional.pipe(b.nationalId),
    address: optional.pipe(b.address),
    time_zone: b.timeZone,
    locale: b.locale,
    jurisdiction: z.enum(jurisdictions),
    account_ref: z.string().min(1).max(64),
    product: z.string().min(1).max(64),
    principal: money,
    outstanding: money,
    currency,
    due_date: localDate,
    days_past_due: z.coerce.number().int().min(0).max(100_000),
    status: z.enum(accountStatuses),
    agency: optional,
    collector: optional,
    state: optional.pipe(usState.optional()),
    validation_notice_sent_at: optional.pipe(instant.optional()),
    outsourcing_notice_at: optional.pipe(instant.optional()),
  })
  .refine((r) => r.state === undefined || r.jurisdiction === "US", {
    message: "only a US borrower has a state",
    path: ["state"],
  })
  .refine((r) => r.outsourcing_notice_at === undefined || r.agency !== undefined, {
    message: "only an account placed with an agency has an outsourcing notice",
    path: ["outsourcing_notice_at"],
  });
export type AccountCsvRow = z.infer<typeof accountCsvRow>;
