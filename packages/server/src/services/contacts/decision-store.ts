import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import type { Db, Row } from "../../store/database.js";
import type { Actor } from "../actor.js";

/** A value now or later: the SQLite adapter answers synchronously, the Kysely one with promises. */
export type Awaitable<T> = T | Promise<T>;

// The columns the decision reads, one list per table, shared by both adapters so neither reads wide rows.
export const ACCOUNT_COLUMNS = [
  "id",
  "borrower_id",
  "agency_id",
  "collector_id",
  "product",
  "first_communication_at",
  "validation_notice_sent_at",
  "outsourcing_notice_at",
] as const;
export const BORROWER_COLUMNS = ["id", "time_zone", "jurisdiction", "state_code", "phones_sealed"] as const;
export const HOLD_COLUMNS = [
  "account_id",
  "kind",
  "state",
  "effective_from",
  "recorded_at",
  "in_writing",
  "vulnerability_type",
  "attorney_contact_sealed",
] as const;
export const PREFERENCE_COLUMNS = ["opted_out_channels", "inconvenient_times"] as const;
export const CONTACT_COLUMNS = [
  "channel",
  "at",
  "outcome",
  "number_index",
  "actor",
  "account_id",
  "target",
  "third_party_id",
  "purpose",
  "direction",
] as const;
export const PENDING_COLUMNS = [
  "channel",
  "at",
  "decided_at",
  "number_index",
  "actor",
  "account_id",
  "target",
  "third_party_id",
  "purpose",
] as const;
export const THIRD_PARTY_COLUMNS = ["id", "relation", "source", "phone_sealed", "refused_at"] as const;

export type AccountFacts = Pick<Row<"accounts">, (typeof ACCOUNT_COLUMNS)[number]>;
export type BorrowerFacts = Pick<Row<"borrowers">, (typeof BORROWER_COLUMNS)[number]>;
export type HoldFacts = Pick<Row<"holds">, (typeof HOLD_COLUMNS)[number]>;
export type PreferenceFacts = Pick<Row<"preferences">, (typeof PREFERENCE_COLUMNS)[number]>;
export type ContactRecord = Pick<Row<"contacts">, (typeof CONTACT_COLUMNS)[number]>;
export type PendingRecord = Pick<Row<"contact_decisions">, (typeof PENDING_COLUMNS)[number]>;
export type ThirdPartyFacts = Pick<Row<"third_parties">, (typeof THIRD_PARTY_COLUMNS)[number]>;
export type DecisionRow = Row<"contact_decisions">;

/** A contact older than the history window that still decides: the account's first communication. */
export type EarlierContact = { accountId: string; at: string };

/** Everything stored about a borrower that a decision reads, as of the locked transaction. */
export type BorrowerRecords = {
  borrower: BorrowerFacts;
  holds: HoldFacts[];
  preferences: PreferenceFacts | undefined;
  contacts: ContactRecord[];
  pending: PendingRecord[];
  /** The borrower's third parties that refused contact, plus the one asked for (if it is theirs). */
  thirdParties: ThirdPartyFacts[];
};

/**
 * The reads and writes of one decision inside the caller's transaction: the
 * port the decision owns, so SQLite can answer it with prepared statements and
 * PostgreSQL with Kysely while the decision logic stays one.
 */
export interface DecisionStore {
  /** The query builder on the same transaction, for the rarer parts (message templates, reviews, data keys). */
  readonly db: Db;
  /** The account if the actor may reach it (need-to-know), else nothing. */
  findAccount(actor: Actor, accountId: string): Awaitable<AccountFacts | undefined>;
  /** INVARIANT: serialises decisions on one borrower (the row lock on PostgreSQL; the writer on SQLite). */
  lockBorrower(borrowerId: string): Awaitable<void>;
  /**
   * The borrower's stored facts: contacts and pending allowed decisions since
   * `since`, and after those contacts the account's contacts at `earlier.at`.
   */
  loadBorrowerRecords(
    borrowerId: string,
    since: string,
    thirdPartyId: string | undefined,
    earlier: EarlierContact | undefined,
  ): Awaitable<BorrowerRecords>;
  /** The requesting user's role and certification. */
  findRequester(userId: string): Awaitable<Pick<Row<"users">, "role" | "certified_until">>;
  /** Appends the ledger entry, inserts the decision row with its index, and returns the index. */
  recordDecision(entry: LedgerEntry, row: Omit<DecisionRow, "ledger_index">): Awaitable<number>;
}
