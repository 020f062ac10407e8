import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import type { Role } from "@faircollect/domain/records/vocabulary";
import { DateTime } from "luxon";
import { appendEntries } from "../ledger/append-entries.js";
import { hashPassword } from "../services/auth/passwords.js";
import { sealBorrower } from "../services/borrowers/seal-borrower.js";
import { isCommunication } from "../services/contacts/communications.js";
import type { ServiceDeps } from "../services/deps.js";
import type { Database } from "../store/database.js";
import { demoAgreement } from "./demo-agreement.js";
import { defaultPortfolioSize, generatePortfolio, type PortfolioSize } from "./generate-portfolio.js";

/** The password of every demo login; printed at start in demo mode only. */
export const DEMO_PASSWORD = "faircollect-demo";
export const demoLogins = [
  "admin",
  "supervisor",
  "auditor",
  "collector",
  "agent-a",
  "agent-b",
  "borrower",
] as const;

type Rows = { [K in keyof Database]: Database[K][] };

/** Inserts rows in chunks that stay under SQLite's and PostgreSQL's bound-parameter limits. */
async function insertAll<K extends keyof Database>(
  trx: ServiceDeps["store"]["db"],
  table: K,
  rows: Database[K][],
) {
  const width = rows[0] ? Object.keys(rows[0]).length : 1;
  const chunk = Math.max(1, Math.floor(30_000 / width));
  for (let i = 0; i < rows.length; i += chunk) {
    // Kysely cannot type rows of a table chosen at run time; `rows` is typed by the caller.
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
}

/**
 * Seeds the demo lender, agencies, users and portfolio in one transaction, so a
 * half-seeded database never exists. Returns what was created.
 */
export async function seedDemo(
  deps: ServiceDeps,
  options: { seed?: number; size?: PortfolioSize } = {},
): Promise<{ borrowers: number; accounts: number; contacts: number }> {
  const now = deps.clock();
  const nowIso = now.toISOString();
  const size = options.size ?? defaultPortfolioSize;
  const portfolio = generatePortfolio(options.seed, size);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows: Partial<Rows> = {};
  const push = <K extends keyof Database>(table: K, row: Database[K]) => {
    const list: Database[K][] = rows[table] ?? [];
    list.push(row);
    rows[table] = list as Partial<Rows>[K];
  };
  const ledger: LedgerEntry[] = [];
  const lenderId = deps.newId();
  push("lender", { id: lenderId, name: "FairCollect 演示银行 Demo Bank", created_at: nowIso });

  const agencyIds = new Map<string, string>();
  for (const code of ["A", "B", "C"]) {
    const id = deps.newId();
    agencyIds.set(code, id);
    push("agencies", { id, code, name: `催收机构 ${code} Collection Agency ${code}`, created_at: nowIso });
    ledger.push({ type: "agency.created", v: 1, at: nowIso, actor: "system", agencyId: id });
    const agreement = demoAgreement(deps.newId(), id, code, now);
    push("agreements", agreement.row);
    ledger.push(agreement.entry);
  }
  const user = (
    username: string,
    role: Role,
    displayName: string,
    extra: Partial<Database["users"]> = {},
  ) => {
    const id = deps.newId();
    push("users", {
      id,
      username,
      password_hash: passwordHash,
      role,
      display_name: displayName,
      agency_id: null,
      borrower_id: null,
      certified_until: null,
      disabled: 0,
      created_at: nowIso,
      ...extra,
    });
    ledger.push({ type: "user.created", v: 1, at: nowIso, actor: "system", userId: id, role });
    return id;
  };
  user("admin", "admin", "系统管理员 Admin");
  user("supervisor", "supervisor", "合规主管 Supervisor");
  user("auditor", "auditor", "监管审计 Auditor");
  const collectorIds = new Map<string, string>();
  for (const c of portfolio.collectors) {
    const until = new Date(now.getTime() + c.certifiedDays * 86_400_000).toISOString();
    collectorIds.set(
      c.key,
      user(c.key, "collector", c.displayName, {
        agency_id: c.agency ? agencyIds.get(c.agency)! : null,
        certified_until: until,
      }),
    );
  }

  let accounts = 0;
  let contacts = 0;
  const borrowerIds = portfolio.borrowers.map(() => deps.newId());
  // One transaction: keys, rows and ledger entries commit together or not at all.
  await deps.store.db.transaction().execute(async (trx) => {
    // One data key per borrower, created in one batch; everything personal of theirs is sealed under it.
    const keys = await deps.codec.createKeys(trx, borrowerIds);
    portfolio.borrowers.forEach((b, index) => {
      const borrowerId = borrowerIds[index]!;
      const { borrower, phoneIndexes } = sealBorrower(deps.codec, keys, borrowerId, b.input, nowIso);
      push("borrowers", borrower);
      for (const p of phoneIndexes) push("borrower_phone_index", p);
      ledger.push({
        type: "borrower.created",
        v: 1,
        at: nowIso,
        actor: "system",
        borrowerId,
        jurisdiction: b.input.jurisdiction,
      });
      // A display name is stored in clear, so the borrower login gets a generic one, never the borrower's name.
      if (index === 0) user("borrower", "borrower", "演示借款人 Demo Borrower", { borrower_id: borrowerId });
      // An instant `daysAgo` calendar days before today at a wall-clock minute, in the borrower's zone.
      const localAt = (daysAgo: number, minute: number) =>
        DateTime.fromJSDate(now, { zone: b.input.timeZone })
          .startOf("day")
          .minus({ days: daysAgo })
          .plus({ minutes: minute })
          .toUTC()
          .toISO()!;
      // The day before the seeded history: a US account's validation notice letter went out (its first
      // communication, so collection is not held for it), and the lender told the debtor of any placement.
      const onboarded = localAt(size.historyDays + 1, 10 * 60);
      const accountIds = b.accounts.map((a, accountIndex) => {
        const id = deps.newId();
        const collectorId = collectorIds.get(a.collector)!;
        const collector = portfolio.collectors.find((c) => c.key === a.collector)!;
        const agencyId = collector.agency ? agencyIds.get(collector.agency)! : null;
        const validationNotice = b.input.jurisdiction === "US" ? onboarded : null;
        const firstSeeded = b.contacts
          .filter((c) => c.account === accountIndex && isCommunication({ ...c, target: "borrower" }))
          .map((c) => localAt(c.daysAgo, c.localMinute))
          .sort()[0];
        push("accounts", {
          id,
          ref: a.ref,
          borrower_id: borrowerId,
          product: a.product,
          principal_minor: a.principalMinor,
          outstanding_minor: a.outstandingMinor,
          currency: a.currency,
          due_date: DateTime.fromJSDate(now).plus({ days: a.dueInDays }).toISODate()!,
          days_past_due: a.daysPastDue,
          status: a.daysPastDue >= 30 ? "in_collection" : "delinquent",
          agency_id: agencyId,
          collector_id: collectorId,
          created_at: nowIso,
          first_communication_at: validationNotice ?? firstSeeded ?? null,
          validation_notice_sent_at: validationNotice,
          outsourcing_notice_at: agencyId ? onboarded : null,
        });
        ledger.push({
          type: "account.created",
          v: 1,
          at: nowIso,
          actor: "system",
          accountId: id,
          borrowerId,
          agencyId,
          collectorId,
        });
        accounts++;
        return { id, collectorId, agencyId };
      });
      for (const t of b.thirdParties) {
        const id = deps.newId();
        push("third_parties", {
          id,
          borrower_id: borrowerId,
          name_sealed: keys.seal(t.name, borrowerId),
          phone_sealed: keys.seal(t.phone, borrowerId),
          relation: t.relation,
          source: t.source,
          created_at: nowIso,
          refused_at: null,
        });
        ledger.push({
          type: "third_party.added",
          v: 1,
          at: nowIso,
          actor: "system",
          borrowerId,
          thirdPartyId: id,
          relation: t.relation,
          source: t.source,
        });
      }
      for (const h of b.holds) {
        const id = deps.newId();
        const effectiveFrom = new Date(now.getTime() - h.daysAgo * 86_400_000).toISOString();
        push("holds", {
          id,
          borrower_id: borrowerId,
          account_id: null,
          kind: h.kind,
          state: "active",
          effective_from: effectiveFrom,
          recorded_at: nowIso,
          recorded_by: "system",
          in_writing: h.inWriting ? 1 : 0,
          vulnerability_type: h.kind === "vulnerability" ? "financial_hardship" : null,
          attorney_contact_sealed:
            h.kind === "attorney" ? keys.seal("Law Office of J. Doe, +12125550100", borrowerId) : null,
          note_sealed: null,
        });
        ledger.push({
          type: "hold.recorded",
          v: 1,
          at: nowIso,
          actor: "system",
          holdId: id,
          borrowerId,
          accountId: null,
          kind: h.kind,
          state: "active",
          effectiveFrom,
          inWriting: h.inWriting,
        });
      }
      if (b.optedOut.length > 0) {
        push("preferences", {
          id: deps.newId(),
          borrower_id: borrowerId,
          opted_out_channels: JSON.stringify(b.optedOut),
          inconvenient_times: "[]",
          preferred_hours: "null",
          preferred_channels: "[]",
          effective_from: nowIso,
          recorded_at: nowIso,
          recorded_by: "system",
        });
        ledger.push({
          type: "preference.changed",
          v: 1,
          at: nowIso,
          actor: "system",
          borrowerId,
          optedOutChannels: b.optedOut,
          inconvenientTimes: [],
          preferredHours: null,
          preferredChannels: [],
        });
      }
      for (const c of b.contacts) {
        const account = accountIds[c.account]!;
        push("contacts", {
          id: deps.newId(),
          account_id: account.id,
          borrower_id: borrowerId,
          channel: c.channel,
          at: localAt(c.daysAgo, c.localMinute),
          outcome: c.outcome,
          number_index: deps.codec.blindIndex("phone", b.input.phones[c.phone]!),
          actor: account.agencyId ? `agency:${account.agencyId}` : "lender",
          target: "borrower",
          third_party_id: null,
          purpose: "collection",
          direction: "outbound",
          collector_id: account.collectorId,
          decision_id: null,
        });
        contacts++;
      }
    });

    for (const table of Object.keys(rows) as (keyof Database)[]) {
      await insertAll(trx, table, rows[table] as never);
    }
    for (let i = 0; i < ledger.length; i += 1000) await appendEntries(trx, ledger.slice(i, i + 1000));
  });
  return { borrowers: portfolio.borrowers.length, accounts, contacts };
}
