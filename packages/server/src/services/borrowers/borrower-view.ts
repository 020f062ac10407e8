import type { Borrower } from "@faircollect/contract";
import {
  maskAddress,
  maskEmail,
  maskName,
  maskNationalId,
  maskPhone,
} from "@faircollect/domain/records/masking";
import type { Jurisdiction } from "@faircollect/domain/records/vocabulary";
import type { OwnerKeys } from "../../privacy/personal-data-codec.js";
import type { Row } from "../../store/database.js";

/** What an erased borrower's name reads as: a clear state, never an error or a guess. */
export const ERASED = "[erased]";

/**
 * Opens a stored borrower with their data key and masks what the caller may not see
 * in full; a borrower whose key was shredded reads as erased.
 */
export function borrowerView(row: Row<"borrowers">, keys: OwnerKeys, masked: boolean): Borrower {
  const common = {
    id: row.id,
    ref: row.ref,
    timeZone: row.time_zone,
    locale: row.locale,
    jurisdiction: row.jurisdiction as Jurisdiction,
    masked,
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
  const open = (field: string, sealed: string) =>
    keys.open(sealed, { owner: row.id, table: "borrowers", id: row.id, field });
  const openOptional = (field: string, sealed: string | null) =>
    sealed === null ? null : open(field, sealed);
  const phones = JSON.parse(open("phones", row.phones_sealed)) as string[];
  const name = open("name", row.name_sealed);
  const email = openOptional("email", row.email_sealed);
  const nationalId = openOptional("national_id", row.national_id_sealed);
  const address = openOptional("address", row.address_sealed);
  return {
    ...common,
    name: masked ? maskName(name) : name,
    phones: masked ? phones.map(maskPhone) : phones,
    email: email && masked ? maskEmail(email) : email,
    nationalId: nationalId && masked ? maskNationalId(nationalId) : nationalId,
    address: address && masked ? maskAddress(address) : address,
    erased: false,
  };
}
