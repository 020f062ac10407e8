import type { CreateBorrowerBody } from "@faircollect/contract";
import type { PersonalDataCodec } from "../../privacy/personal-data-codec.js";
import type { Database } from "../../store/database.js";

/** Turns a borrower's input into stored rows: every personal field sealed, lookups as blind indexes. */
export function sealBorrower(
  codec: PersonalDataCodec,
  id: string,
  input: CreateBorrowerBody,
  now: string,
): { borrower: Database["borrowers"]; phoneIndexes: Database["borrower_phone_index"][] } {
  const sealOptional = (value: string | undefined) => (value === undefined ? null : codec.seal(value));
  return {
    borrower: {
      id,
      ref: input.ref,
      name_sealed: codec.seal(input.name),
      phones_sealed: codec.seal(JSON.stringify(input.phones)),
      email_sealed: sealOptional(input.email),
      national_id_sealed: sealOptional(input.nationalId),
      address_sealed: sealOptional(input.address),
      national_id_index: input.nationalId ? codec.blindIndex("national_id", input.nationalId) : null,
      time_zone: input.timeZone,
      locale: input.locale,
      jurisdiction: input.jurisdiction,
      created_at: now,
    },
    phoneIndexes: input.phones.map((p) => ({ borrower_id: id, phone_index: codec.blindIndex("phone", p) })),
  };
}
