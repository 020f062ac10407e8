import type { createThirdPartyBody, thirdParty } from "@faircollect/contract";
import { discloses } from "@faircollect/domain/records/disclosure";
import { maskName, maskPhone } from "@faircollect/domain/records/masking";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { OwnerKeys } from "../../privacy/personal-data-codec.js";
import type { Row } from "../../store/database.js";
import { assertBorrowerReach, disclosureOf } from "../access.js";
import type { Actor } from "../actor.js";
import { forbidden } from "../app-error.js";
import { ERASED } from "../borrowers/borrower-view.js";
import type { ServiceDeps } from "../deps.js";
import { logPiiReads } from "../privacy/log-pii-reads.js";

type ThirdParty = z.infer<typeof thirdParty>;

/** A third party's details are sealed under the borrower's data key: shredding the borrower erases them too. */
function thirdPartyView(row: Row<"third_parties">, keys: OwnerKeys, masked: boolean): ThirdParty {
  const common = {
    id: row.id,
    borrowerId: row.borrower_id,
    relation: row.relation as ThirdParty["relation"],
    source: row.source as ThirdParty["source"],
    masked,
    createdAt: row.created_at,
  };
  if (keys.isErased(row.borrower_id)) return { ...common, name: ERASED, phone: ERASED, erased: true };
  const at = (field: string) => ({ owner: row.borrower_id, table: "third_parties", id: row.id, field });
  const name = keys.open(row.name_sealed, at("name"));
  const phone = keys.open(row.phone_sealed, at("phone"));
  return {
    ...common,
    name: masked ? maskName(name) : name,
    phone: masked ? maskPhone(phone) : phone,
    erased: false,
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
  const id = deps.newId();
  const { row, keys } = await deps.store.db.transaction().execute(async (trx) => {
    await assertBorrowerReach(trx, actor, borrowerId);
    const keys = await deps.codec.keysFor(trx, [borrowerId]);
    const row = {
      id,
      borrower_id: borrowerId,
      name_sealed: keys.seal(input.name, borrowerId),
      phone_sealed: keys.seal(input.phone, borrowerId),
      relation: input.relation,
      source: input.source,
      created_at: now,
      refused_at: null,
    };
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
    return { row, keys };
  });
  return thirdPartyView(row, keys, false);
}

/** The third parties of a borrower the actor may reach. */
export async function listThirdParties(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
): Promise<ThirdParty[]> {
  const { db } = deps.store;
  await assertBorrowerReach(db, actor, borrowerId);
  const disclosure = disclosureOf(actor);
  if (!discloses(disclosure, "thirdParties")) {
    throw forbidden("the agency's data-sharing agreement does not grant `thirdParties`");
  }
  const rows = await db
    .selectFrom("third_parties")
    .selectAll()
    .where("borrower_id", "=", borrowerId)
    .orderBy("created_at")
    .execute();
  const keys = await deps.codec.keysFor(db, [borrowerId]);
  const views = rows.map((row) => thirdPartyView(row, keys, disclosure.mode !== "full"));
  await logPiiReads(deps, actor, views.length ? [{ borrowerId, fields: ["thirdParties"] }] : []);
  return views;
}
