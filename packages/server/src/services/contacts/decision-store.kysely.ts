import { appendEntries } from "../../ledger/append-entries.js";
import type { Db } from "../../store/database.js";
import { scopeAccounts } from "../access.js";
import {
  ACCOUNT_COLUMNS,
  BORROWER_COLUMNS,
  CONTACT_COLUMNS,
  type DecisionStore,
  HOLD_COLUMNS,
  PENDING_COLUMNS,
  PREFERENCE_COLUMNS,
  THIRD_PARTY_COLUMNS,
} from "./decision-store.js";
import { lockBorrower } from "./load-contact-facts.js";

/** The decision's port over Kysely, inside the caller's transaction: the PostgreSQL path and read-only callers. */
export function kyselyDecisionStore(trx: Db): DecisionStore {
  return {
    db: trx,
    findAccount: (actor, accountId) =>
      scopeAccounts(trx.selectFrom("accounts").select(ACCOUNT_COLUMNS), actor)
        .where("accounts.id", "=", accountId)
        .executeTakeFirst(),
    lockBorrower: (borrowerId) => lockBorrower(trx, borrowerId),
    async loadBorrowerRecords(borrowerId, since, thirdPartyId, earlier) {
      const borrower = await trx
        .selectFrom("borrowers")
        .select(BORROWER_COLUMNS)
        .where("id", "=", borrowerId)
        .executeTakeFirstOrThrow();
      const holds = await trx
        .selectFrom("holds")
        .select(HOLD_COLUMNS)
        .where("borrower_id", "=", borrowerId)
        .execute();
      const preferences = await trx
        .selectFrom("preferences")
        .select(PREFERENCE_COLUMNS)
        .where("borrower_id", "=", borrowerId)
        .orderBy("recorded_at", "desc")
        .orderBy("id", "desc")
        .executeTakeFirst();
      const contacts = await trx
        .selectFrom("contacts")
        .select(CONTACT_COLUMNS)
        .where("borrower_id", "=", borrowerId)
        .where("at", ">=", since)
        .execute();
      if (earlier) {
        const first = await trx
          .selectFrom("contacts")
          .select(CONTACT_COLUMNS)
          .where("borrower_id", "=", borrowerId)
          .where("at", "=", earlier.at)
          .where("account_id", "=", earlier.accountId)
          .execute();
        contacts.push(...first);
      }
      const pending = await trx
        .selectFrom("contact_decisions")
        .select(PENDING_COLUMNS)
        .where("borrower_id", "=", borrowerId)
        .where("decision", "=", "allow")
        .where("outcome", "is", null)
        .where("at", ">=", since)
        .execute();
      const thirdParties = await trx
        .selectFrom("third_parties")
        .select(THIRD_PARTY_COLUMNS)
        .where("borrower_id", "=", borrowerId)
        .where((eb) => eb.or([eb("refused_at", "is not", null), eb("id", "=", thirdPartyId ?? null)]))
        .execute();
      return { borrower, holds, preferences, contacts, pending, thirdParties };
    },
    findRequester: (userId) =>
      trx
        .selectFrom("users")
        .select(["role", "certified_until"])
        .where("id", "=", userId)
        .executeTakeFirstOrThrow(),
    async recordDecision(entry, row) {
      const [ledgerIndex] = await appendEntries(trx, [entry]);
      await trx
        .insertInto("contact_decisions")
        .values({ ...row, ledger_index: ledgerIndex! })
        .execute();
      return ledgerIndex!;
    },
  };
}
