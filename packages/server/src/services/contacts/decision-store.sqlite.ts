import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import { encodeEntryText } from "@faircollect/domain/ledger/entry-codec";
import type SQLite from "better-sqlite3";
import type { Db } from "../../store/database.js";
import { canReachAccount } from "./account-reach.js";
import {
  ACCOUNT_COLUMNS,
  type AccountFacts,
  BORROWER_COLUMNS,
  type BorrowerFacts,
  CONTACT_COLUMNS,
  type ContactRecord,
  type DecisionRow,
  type DecisionStore,
  HOLD_COLUMNS,
  type HoldFacts,
  PENDING_COLUMNS,
  type PendingRecord,
  PREFERENCE_COLUMNS,
  type PreferenceFacts,
  THIRD_PARTY_COLUMNS,
  type ThirdPartyFacts,
} from "./decision-store.js";

const DECISION_COLUMNS = [
  "id",
  "account_id",
  "borrower_id",
  "requested_by",
  "actor",
  "channel",
  "target",
  "third_party_id",
  "number_index",
  "purpose",
  "at",
  "decided_at",
  "decision",
  "next_allowed_at",
  "send_before",
  "reasons",
  "obligations",
  "pack_id",
  "pack_version",
  "message_digest",
  "outcome",
  "outcome_at",
  "duration_seconds",
  "ledger_index",
] as const satisfies readonly (keyof DecisionRow)[];

const list = (columns: readonly string[]) => columns.join(", ");

/**
 * A statement that reads a borrower's growing lists (contacts, pending decisions)
 * as one JSON array built by SQLite: V8 parses it about 2.5 times faster than
 * better-sqlite3 hands over rows one value at a time (measured: 87 rows, 125 µs vs 320 µs).
 */
function jsonRows<Row, Params extends unknown[]>(
  sqlite: SQLite.Database,
  columns: readonly (keyof Row & string)[],
  from: string,
): (...params: Params) => Row[] {
  const statement = sqlite.prepare<Params, string>(
    `select json_group_array(json_array(${list(columns)})) ${from}`,
  );
  statement.pluck();
  return (...params) =>
    (JSON.parse(statement.get(...params)!) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
      return row as Row;
    });
}

/** The decision's statements, prepared once per connection (preparing costs more than running them). */
function prepareStatements(sqlite: SQLite.Database) {
  return {
    account: sqlite.prepare<[string], AccountFacts>(
      `select ${list(ACCOUNT_COLUMNS)} from accounts where id = ?`,
    ),
    borrower: sqlite.prepare<[string], BorrowerFacts>(
      `select ${list(BORROWER_COLUMNS)} from borrowers where id = ?`,
    ),
    holds: sqlite.prepare<[string], HoldFacts>(
      `select ${list(HOLD_COLUMNS)} from holds where borrower_id = ?`,
    ),
    preferences: sqlite.prepare<[string], PreferenceFacts>(
      `select ${list(PREFERENCE_COLUMNS)} from preferences where borrower_id = ?
       order by recorded_at desc, id desc limit 1`,
    ),
    contacts: jsonRows<ContactRecord, [string, string]>(
      sqlite,
      CONTACT_COLUMNS,
      "from contacts where borrower_id = ? and at >= ?",
    ),
    earlierContacts: jsonRows<ContactRecord, [string, string, string]>(
      sqlite,
      CONTACT_COLUMNS,
      "from contacts where borrower_id = ? and at = ? and account_id = ?",
    ),
    pending: jsonRows<PendingRecord, [string, string]>(
      sqlite,
      PENDING_COLUMNS,
      "from contact_decisions where borrower_id = ? and decision = 'allow' and outcome is null and at >= ?",
    ),
    thirdParties: sqlite.prepare<[string, string | null], ThirdPartyFacts>(
      `select ${list(THIRD_PARTY_COLUMNS)} from third_parties
       where borrower_id = ? and (refused_at is not null or id = ?)`,
    ),
    requester: sqlite.prepare<[string], { role: string; certified_until: string | null }>(
      "select role, certified_until from users where id = ?",
    ),
    bumpHead: sqlite.prepare<[], { next_index: number }>(
      "update ledger_head set next_index = next_index + 1 where id = 1 returning next_index",
    ),
    insertEntry: sqlite.prepare<[number, string, string, string, string | null]>(
      "insert into ledger_entries (idx, type, body, created_at, borrower_id) values (?, ?, ?, ?, ?)",
    ),
    insertDecision: sqlite.prepare<[DecisionRow]>(
      `insert into contact_decisions (${list(DECISION_COLUMNS)})
       values (${DECISION_COLUMNS.map((c) => `@${c}`).join(", ")})`,
    ),
  };
}

const prepared = new WeakMap<SQLite.Database, ReturnType<typeof prepareStatements>>();

/**
 * The decision's port over better-sqlite3 prepared statements, answering
 * synchronously: no query building per request and only the columns read.
 * INVARIANT: the caller holds the connection inside a write transaction; `db`
 * is Kysely bound to that same connection, for the parts that stay on it.
 */
export function sqliteDecisionStore(sqlite: SQLite.Database, db: Db): DecisionStore {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = prepareStatements(sqlite);
    prepared.set(sqlite, statements);
  }
  const s = statements;
  return {
    db,
    findAccount(actor, accountId) {
      const account = s.account.get(accountId);
      return account && canReachAccount(actor, account) ? account : undefined;
    },
    lockBorrower() {
      // The batch's write transaction (begin immediate) already excludes every other writer; the
      // lock row the Kysely path upserts is PostgreSQL's row lock and would cost a random page here.
    },
    loadBorrowerRecords(borrowerId, since, thirdPartyId, earlier) {
      const borrower = s.borrower.get(borrowerId);
      if (!borrower) throw new Error(`borrower ${borrowerId} of an account is missing`);
      const contacts = s.contacts(borrowerId, since);
      if (earlier) contacts.push(...s.earlierContacts(borrowerId, earlier.at, earlier.accountId));
      return {
        borrower,
        holds: s.holds.all(borrowerId),
        preferences: s.preferences.get(borrowerId),
        contacts,
        pending: s.pending(borrowerId, since),
        thirdParties: s.thirdParties.all(borrowerId, thirdPartyId ?? null),
      };
    },
    findRequester(userId) {
      const requester = s.requester.get(userId);
      if (!requester) throw new Error(`requesting user ${userId} is missing`);
      return requester;
    },
    recordDecision(entry: LedgerEntry, row) {
      // The same canonical leaf and gapless counter as appendEntries, for one entry.
      const body = encodeEntryText(entry);
      const head = s.bumpHead.get();
      const idx = Number(head!.next_index) - 1;
      s.insertEntry.run(
        idx,
        entry.type,
        body,
        entry.at,
        "borrowerId" in entry ? (entry.borrowerId ?? null) : null,
      );
      s.insertDecision.run({ ...row, ledger_index: idx });
      return idx;
    },
  };
}
