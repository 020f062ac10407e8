import type { ContactDecisionBody } from "@faircollect/contract";
import type { ContactScenario } from "@faircollect/domain/policy/scenario-schema";
import type { Channel, Target } from "@faircollect/domain/policy/vocabulary";
import { sql } from "kysely";
import type { PersonalDataCodec } from "../../privacy/personal-data-codec.js";
import type { Db } from "../../store/database.js";
import type { AgencyGrant } from "../actor.js";
import { AppError, invalid } from "../app-error.js";
import { borrowerFlags } from "./borrower-flags.js";
import { historyOfContact, historyOfPendingDecision, type InFlightPolicy } from "./contact-history.js";
import type { AccountFacts, BorrowerFacts, DecisionStore, ThirdPartyFacts } from "./decision-store.js";

/**
 * History older than this never decides (the longest window a shipped pack
 * counts is 30 days), except the account's first communication: credit
 * reporting waits for one at any age (US-REGF-PASSIVE), so it is loaded too.
 */
const HISTORY_DAYS = 31;

/** What the decision needs besides the engine's scenario: who and what to dial, and the stored rows. */
export type ContactFacts = {
  scenario: ContactScenario;
  borrower: BorrowerFacts;
  thirdParty: ThirdPartyFacts | undefined;
  dialNumber: string | undefined;
  numberIndex: string | undefined;
};

/**
 * INVARIANT: decisions on one borrower are serialised. The upsert takes the
 * borrower's row lock (PostgreSQL) inside the caller's transaction, so caps
 * that span debts and agencies cannot be overrun by concurrent requests; on
 * SQLite the write transaction already excludes every other writer.
 */
export async function lockBorrower(trx: Db, borrowerId: string): Promise<void> {
  await trx
    .insertInto("contact_locks")
    .values({ borrower_id: borrowerId, decisions: 1 })
    .onConflict((oc) => oc.column("borrower_id").doUpdateSet({ decisions: sql`contact_locks.decisions + 1` }))
    .execute();
}

/** Loads every fact about the borrower that the engine reads, through the decision's port (locked by the caller). */
export async function loadContactFacts(
  store: DecisionStore,
  codec: PersonalDataCodec,
  account: AccountFacts,
  input: ContactDecisionBody,
  at: Date,
  now: Date,
  inFlight: InFlightPolicy,
  grant: AgencyGrant | null | undefined,
): Promise<ContactFacts> {
  const thirdPartyId = input.target.thirdPartyId;
  if (input.target.kind === "third_party" && !thirdPartyId)
    throw invalid("target.thirdPartyId", "required for a third party");
  const since = new Date(Math.min(at.getTime(), now.getTime()) - HISTORY_DAYS * 86_400_000).toISOString();
  const first = account.first_communication_at;
  const earlier = first !== null && first < since ? { accountId: account.id, at: first } : undefined;
  const records = await store.loadBorrowerRecords(account.borrower_id, since, thirdPartyId, earlier);
  const { borrower } = records;
  const thirdParty = thirdPartyId ? records.thirdParties.find((t) => t.id === thirdPartyId) : undefined;
  if (thirdPartyId && !thirdParty) throw invalid("target.thirdPartyId", "not a third party of this borrower");
  const refused = records.thirdParties.filter((t) => t.refused_at !== null);

  const { dialNumber, numberIndex } = await chooseNumber(store.db, codec, borrower, thirdParty, input);
  const flags = borrowerFlags(records.holds, records.preferences, account.id, at.toISOString());
  if (refused.length) flags.thirdPartyRefused = refused.map((r) => r.id);
  if (input.visitCollectorCount !== undefined) flags.visitCollectorCount = input.visitCollectorCount;
  if (first !== null) flags.initialCommunicationAt = Date.parse(first);
  if (account.validation_notice_sent_at !== null)
    flags.validationNoticeSentAt = Date.parse(account.validation_notice_sent_at);
  if (account.agency_id) {
    // The agency acts under an entrustment contract only while its data-sharing agreement is in force.
    flags.entrustmentContractOnFile = grant != null;
    flags.subEntrustmentConsent = grant?.onwardTransfer === true;
    // The lender records the notice when it places the account: none recorded is none given (CN-CPM-ART41).
    const notice = account.outsourcing_notice_at;
    flags.outsourcingNoticeSent = notice !== null && Date.parse(notice) <= at.getTime();
  }
  const scenario: ContactScenario = {
    attemptAt: at.getTime(),
    borrowerTimeZone: borrower.time_zone,
    ...(borrower.state_code ? { borrowerState: borrower.state_code } : {}),
    channel: input.channel as Channel,
    target: input.target.kind as Target,
    debtId: account.id,
    purpose: input.purpose,
    actor: account.agency_id ? `agency:${account.agency_id}` : "lender",
    productType: account.product,
    history: [
      ...records.contacts.map(historyOfContact),
      ...records.pending.map((row) => historyOfPendingDecision(row, now.getTime(), inFlight)),
    ],
    flags,
    ...(numberIndex ? { number: numberIndex } : {}),
    ...(input.message ? { message: input.message } : {}),
    ...(thirdParty
      ? {
          thirdPartyId: thirdParty.id,
          thirdPartyRelation: thirdParty.relation,
          contactSource:
            thirdParty.source === "pre_agreed" ? ("contract_pre_agreed" as const) : ("other" as const),
        }
      : {}),
  };
  return { scenario, borrower, thirdParty, dialNumber, numberIndex };
}

/**
 * The number a call or SMS goes to: the one asked for, if it belongs to the
 * person contacted, else their first. Only its blind index is stored.
 */
async function chooseNumber(
  db: Db,
  codec: PersonalDataCodec,
  borrower: BorrowerFacts,
  thirdParty: ThirdPartyFacts | undefined,
  input: ContactDecisionBody,
): Promise<{ dialNumber?: string; numberIndex?: string }> {
  const dials = input.channel === "call" || input.channel === "sms";
  const personal = input.target.kind === "borrower" || input.target.kind === "third_party";
  if (!personal || (!dials && input.number === undefined)) return {};
  const keys = await codec.keysFor(db, [borrower.id]);
  if (keys.isErased(borrower.id))
    throw new AppError("CONFLICT", "the borrower's personal data was erased; there is no number to dial");
  const at = (table: string, id: string, field: string) => ({ owner: borrower.id, table, id, field });
  const numbers = thirdParty
    ? [keys.open(thirdParty.phone_sealed, at("third_parties", thirdParty.id, "phone"))]
    : (JSON.parse(keys.open(borrower.phones_sealed, at("borrowers", borrower.id, "phones"))) as string[]);
  const dialNumber = input.number ?? numbers[0];
  if (!dialNumber || !numbers.includes(dialNumber))
    throw invalid("number", "not a number of the person contacted");
  return { dialNumber, numberIndex: codec.blindIndex("phone", dialNumber) };
}
