import type { CreateBorrowerBody } from "@faircollect/contract";
import type { OwnerKeys, PersonalDataCodec } from "../../privacy/personal-data-codec.js";
import type { Database } from "../../store/database.js";

/**
 * Turns a borrower's input into stored rows: every personal field sealed under the
 * borrower's own data key (`keys` must hold it), lookups as blind indexes.
 */
export function sealBorrower(
  codec: PersonalDataCodec,
  keys: OwnerKeys,
  id: string,
  input: CreateBorrowerBody,
  now: string,
): { borrower: Database["borrowers"]; phoneIndexes: Database["borrower_phone_index"][] } {
  const seal = (value: string) => keys.seal(value, id);
  const sealOptional = (value: string | undefined) => (value === undefined ? null : seal(value));
  return {
    borrower: {
      id,
      ref: input.ref,
      name_sealed: seal(input.name),
      phones_sealed: seal(JSON.stringify(input.phones)),
      email_sealed: sealOptional(input.email),
      national_id_sealed: sealOptional(input.nationalId),
      address_sealed: sealOptional(input.address),
      national_id_index: input.nationalId ? codec.blindIndex("national_id", input.nationalId) : null,
      time_zone: input.timeZone,
      locale: input.locale,
      jurisdiction: input.jurisdiction,
      state_code: input.state ?? null,
      created_at: now,
    },
    phoneIndexes: input.phones.map((p) => ({ borrower_id: id, phone_index: codec.blindIndex("phone", p) })),
  };
}
