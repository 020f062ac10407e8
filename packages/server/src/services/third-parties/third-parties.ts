import type { createThirdPartyBody, thirdParty } from "@faircollect/contract";
import { maskName, maskPhone } from "@faircollect/domain/records/masking";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { PersonalDataCodec } from "../../privacy/personal-data-codec.js";
import type { Row } from "../../store/database.js";
import { assertBorrowerReach, masksPersonalData } from "../access.js";
import type { Actor } from "../actor.js";
import type { ServiceDeps } from "../deps.js";

type ThirdParty = z.infer<typeof thirdParty>;

function thirdPartyView(row: Row<"third_parties">, codec: PersonalDataCodec, masked: boolean): ThirdParty {
  const name = codec.open(row.name_sealed);
  const phone = codec.open(row.phone_sealed);
  return {
    id: row.id,
    borrowerId: row.borrower_id,
    name: masked ? maskName(name) : name,
    phone: masked ? maskPhone(phone) : phone,
    relation: row.relation as ThirdParty["relation"],
    source: row.source as ThirdParty["source"],
    masked,
    createdAt: row.created_at,
  };
}

/** Records a person the borrower named (or who was found); their details are personal data too. */
export async function addThirdParty(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
  input: z.infer<typeof createThirdPartyBody>,
): Promise<ThirdParty> {
  const now = deps.clock().toISOString();
  const row = {
    id: deps.newId(),
    borrower_id: borrowerId,
    name_sealed: deps.codec.seal(input.name),
    phone_sealed: deps.codec.seal(input.phone),
    relation: input.relation,
    source: input.source,
    created_at: now,
    refused_at: null,
  };
  await deps.store.db.transaction().execute(async (trx) => {
    await assertBorrowerReach(trx, actor, borrowerId);
    await trx.insertInto("third_parties").values(row).execute();
    await appendEntries(trx, [
      {
        type: "third_party.added",
        v: 1,
        at: now,
        actor: actor.userId,
        borrowerId,
        thirdPartyId: row.id,
        relation: input.relation,
        source: input.source,
      },
    ]);
  });
  return thirdPartyView(row, deps.codec, false);
}

/** The third parties of a borrower the actor may reach. */
export async function listThirdParties(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
): Promise<ThirdParty[]> {
  const { db } = deps.store;
  await assertBorrowerReach(db, actor, borrowerId);
  const rows = await db
    .selectFrom("third_parties")
    .selectAll()
    .where("borrower_id", "=", borrowerId)
    .orderBy("created_at")
    .execute();
  return rows.map((row) => thirdPartyView(row, deps.codec, masksPersonalData(actor)));
}
