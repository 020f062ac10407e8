import type { Borrower } from "@faircollect/contract";
import {
  maskAddress,
  maskEmail,
  maskName,
  maskNationalId,
  maskPhone,
} from "@faircollect/domain/records/masking";
import type { Jurisdiction } from "@faircollect/domain/records/vocabulary";
import type { PersonalDataCodec } from "../../privacy/personal-data-codec.js";
import type { Row } from "../../store/database.js";

/** Opens a stored borrower through the codec and masks what the caller may not see in full. */
export function borrowerView(row: Row<"borrowers">, codec: PersonalDataCodec, masked: boolean): Borrower {
  const open = (sealed: string | null) => (sealed === null ? null : codec.open(sealed));
  const phones = JSON.parse(codec.open(row.phones_sealed)) as string[];
  const name = codec.open(row.name_sealed);
  const email = open(row.email_sealed);
  const nationalId = open(row.national_id_sealed);
  const address = open(row.address_sealed);
  return {
    id: row.id,
    ref: row.ref,
    name: masked ? maskName(name) : name,
    phones: masked ? phones.map(maskPhone) : phones,
    email: email && masked ? maskEmail(email) : email,
    nationalId: nationalId && masked ? maskNationalId(nationalId) : nationalId,
    address: address && masked ? maskAddress(address) : address,
    timeZone: row.time_zone,
    locale: row.locale,
    jurisdiction: row.jurisdiction as Jurisdiction,
    masked,
    createdAt: row.created_at,
  };
}
