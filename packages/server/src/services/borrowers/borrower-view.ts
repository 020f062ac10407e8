import type { Borrower } from "@faircollect/contract";
import { type Disclosure, discloses, type PersonalField } from "@faircollect/domain/records/disclosure";
import {
  maskAddress,
  maskEmail,
  maskName,
  maskNationalId,
  maskPhone,
} from "@faircollect/domain/records/masking";
import type { Jurisdiction } from "@faircollect/domain/records/vocabulary";
import type { OwnerKeys } from "../../privacy/personal-data-codec.js";
import type { Pseudonymize } from "../../privacy/pseudonyms.js";
import type { Row } from "../../store/database.js";

/** What an erased borrower's name reads as: a clear state, never an error or a guess. */
export const ERASED = "[erased]";

/** The personal fields a borrower view discloses, for the read log. */
export function disclosedFields(view: Borrower): PersonalField[] {
  if (view.erased || view.disclosure === "pseudonym") return [];
  const shown: PersonalField[] = [];
  if (view.name !== null) shown.push("name");
  if (view.phones.length) shown.push("phones");
  if (view.email !== null) shown.push("email");
  if (view.nationalId !== null) shown.push("nationalId");
  if (view.address !== null) shown.push("address");
  return shown;
}

/**
 * Opens a stored borrower with their data key and shows each personal field as
 * the caller's disclosure allows: in full, masked, as a pseudonym, or not at
 * all. A borrower whose key was shredded reads as erased.
 */
export function borrowerView(
  row: Row<"borrowers">,
  keys: OwnerKeys,
  disclosure: Disclosure,
  pseudonymize: Pseudonymize,
): Borrower {
  const common = {
    id: row.id,
    ref: row.ref,
    timeZone: row.time_zone,
    locale: row.locale,
    jurisdiction: row.jurisdiction as Jurisdiction,
    state: row.state_code,
    masked: disclosure.mode !== "full",
    disclosure: disclosure.mode,
    createdAt: row.created_at,
  };
  if (keys.isErased(row.id)) {
    return {
      ...common,
      name: ERASED,
      phones: [],
      email: null,
      nationalId: null,
      address: null,
      erased: true,
    };
  }
  const reveal = (
    field: PersonalField,
    storedAs: string,
    sealed: string | null,
    mask: (v: string) => string,
  ) => {
    if (sealed === null || !discloses(disclosure, field)) return null;
    const value = keys.open(sealed, { owner: row.id, table: "borrowers", id: row.id, field: storedAs });
    if (disclosure.mode === "full") return value;
    return disclosure.mode === "masked" ? mask(value) : pseudonymize(row.id, field, value);
  };
  const phones = discloses(disclosure, "phones")
    ? (JSON.parse(
        keys.open(row.phones_sealed, { owner: row.id, table: "borrowers", id: row.id, field: "phones" }),
      ) as string[])
    : [];
  return {
    ...common,
    name: reveal("name", "name", row.name_sealed, maskName),
    phones: phones.map((p) =>
      disclosure.mode === "full"
        ? p
        : disclosure.mode === "masked"
          ? maskPhone(p)
          : pseudonymize(row.id, "phones", p),
    ),
    email: reveal("email", "email", row.email_sealed, maskEmail),
    nationalId: reveal("nationalId", "national_id", row.national_id_sealed, maskNationalId),
    address: reveal("address", "address", row.address_sealed, maskAddress),
    erased: false,
  };
}
