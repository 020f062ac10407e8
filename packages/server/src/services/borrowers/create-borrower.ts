import type { Borrower, CreateBorrowerBody } from "@faircollect/contract";
import { personalFields } from "@faircollect/domain/records/disclosure";
import { appendEntries } from "../../ledger/append-entries.js";
import { pseudonymsFor } from "../../privacy/pseudonyms.js";
import type { Actor } from "../actor.js";
import { AppError } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { borrowerView } from "./borrower-view.js";
import { sealBorrower } from "./seal-borrower.js";

/** Registers a borrower; personal fields are sealed and only blind indexes are searchable. */
export async function createBorrower(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateBorrowerBody,
): Promise<Borrower> {
  const now = deps.clock().toISOString();
  const id = deps.newId();
  const { borrower, keys } = await deps.store.db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom("borrowers")
      .select("id")
      .where("ref", "=", input.ref)
      .executeTakeFirst();
    if (clash) throw new AppError("CONFLICT", `a borrower with ref \`${input.ref}\` exists`);
    const keys = await deps.codec.createKeys(trx, [id]);
    const { borrower, phoneIndexes } = sealBorrower(deps.codec, keys, id, input, now);
    await trx.insertInto("borrowers").values(borrower).execute();
    await trx.insertInto("borrower_phone_index").values(phoneIndexes).execute();
    await appendEntries(trx, [
      {
        type: "borrower.created",
        v: 1,
        at: now,
        actor: actor.userId,
        borrowerId: borrower.id,
        jurisdiction: input.jurisdiction,
      },
    ]);
    return { borrower, keys };
  });
  // The creator typed these values: echoing them back in full reveals nothing new.
  return borrowerView(
    borrower,
    keys,
    { mode: "full", fields: personalFields },
    pseudonymsFor(deps.codec, actor.userId),
  );
}
