import type { Readable } from "node:stream";
import type { LedgerEntry } from "@faircollect/domain/ledger/entries";
import { parse } from "csv-parse";
import { appendEntries } from "../ledger/append-entries.js";
import { accountNotices } from "../services/accounts/account-notices.js";
import { sealBorrower } from "../services/borrowers/seal-borrower.js";
import type { ServiceDeps } from "../services/deps.js";
import type { Database } from "../store/database.js";
import {
  type AccountCsvRow,
  accountCsvColumns,
  accountCsvOptionalColumns,
  accountCsvRow,
} from "./account-row.js";

/** One problem in the file, by 1-based line number and column name. */
export type ImportError = { line: number; column: string; message: string };
export type ImportProgress = (phase: "validate" | "write", done: number, total?: number) => void;
export type ImportResult =
  | { ok: true; borrowers: number; accounts: number }
  | { ok: false; errors: ImportError[]; rows: number };

const CHUNK = 500;

/** Reads and validates every row; nothing is written unless all rows are valid. */
async function readRows(
  input: Readable,
  onProgress: ImportProgress,
): Promise<{ rows: { line: number; row: AccountCsvRow }[]; errors: ImportError[] }> {
  const rows: { line: number; row: AccountCsvRow }[] = [];
  const errors: ImportError[] = [];
  const parser = input.pipe(
    parse({
      columns: true,
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }),
  );
  let checkedHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (!checkedHeader) {
        checkedHeader = true;
        const missing = accountCsvColumns.filter((c) => !(c in record));
        const known: readonly string[] = [...accountCsvColumns, ...accountCsvOptionalColumns];
        const unknown = Object.keys(record).filter((c) => !known.includes(c));
        for (const column of missing) errors.push({ line: 1, column, message: "missing column" });
        for (const column of unknown) errors.push({ line: 1, column, message: "unknown column" });
        if (errors.length) return { rows, errors };
      }
      const parsed = accountCsvRow.safeParse(record);
      if (parsed.success) rows.push({ line: info.lines, row: parsed.data });
      else {
        for (const issue of parsed.error.issues) {
          errors.push({ line: info.lines, column: String(issue.path[0] ?? "?"), message: issue.message });
        }
      }
      if ((rows.length + errors.length) % 1000 === 0) onProgress("validate", rows.length);
    }
  } catch (error) {
    const e = error as { lines?: number; message: string };
    errors.push({ line: e.lines ?? 0, column: "*", message: e.message.replace(/:.*$/, "") });
  }
  onProgress("validate", rows.length);
  return { rows, errors };
}

/**
 * Imports borrowers and accounts from CSV, all or nothing: every row is
 * validated first and every problem is reported by line and column; then all
 * rows are written in one transaction with their ledger entries.
 */
export async function importAccounts(
  deps: ServiceDeps,
  input: Readable,
  onProgress: ImportProgress = () => {},
): Promise<ImportResult> {
  const { rows, errors } = await readRows(input, onProgress);
  const { db } = deps.store;
  const agencies = new Map(
    (await db.selectFrom("agencies").select(["id", "code"]).execute()).map((a) => [a.code, a.id]),
  );
  const collectors = new Map(
    (
      await db
        .selectFrom("users")
        .select(["id", "username", "agency_id"])
        .where("role", "=", "collector")
        .execute()
    ).map((u) => [u.username, u]),
  );
  const existingBorrowers = new Map(
    (await db.selectFrom("borrowers").select(["id", "ref"]).execute()).map((r) => [r.ref, r.id]),
  );
  const existingAccounts = new Set(
    (await db.selectFrom("accounts").select("ref").execute()).map((r) => r.ref),
  );
  const seenAccounts = new Set<string>();
  for (const { line, row } of rows) {
    if (existingAccounts.has(row.account_ref) || seenAccounts.has(row.account_ref)) {
      errors.push({ line, column: "account_ref", message: "account_ref already exists" });
    }
    seenAccounts.add(row.account_ref);
    if (row.agency && !agencies.has(row.agency))
      errors.push({ line, column: "agency", message: "no agency with this code" });
    const collector = row.collector ? collectors.get(row.collector) : undefined;
    if (row.collector && !collector)
      errors.push({ line, column: "collector", message: "no collector with this username" });
    if (collector?.agency_id && collector.agency_id !== (row.agency ? agencies.get(row.agency) : null)) {
      errors.push({ line, column: "collector", message: "the collector works for another agency" });
    }
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    return { ok: false, errors, rows: rows.length + errors.length };
  }

  const now = deps.clock().toISOString();
  const borrowerIds = new Map(existingBorrowers);
  let newBorrowers = 0;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const borrowers: Database["borrowers"][] = [];
      const phoneIndexes: Database["borrower_phone_index"][] = [];
      const accounts: Database["accounts"][] = [];
      const ledger: LedgerEntry[] = [];
      const chunk = rows.slice(start, start + CHUNK);
      // Ids first, so the chunk's new borrowers get their data keys in one batched insert.
      const fresh = new Map<string, string>();
      for (const { row } of chunk) {
        if (!borrowerIds.has(row.borrower_ref) && !fresh.has(row.borrower_ref))
          fresh.set(row.borrower_ref, deps.newId());
      }
      const keys = await deps.codec.createKeys(trx, [...fresh.values()]);
      for (const { row } of chunk) {
        let borrowerId = borrowerIds.get(row.borrower_ref);
        if (!borrowerId) {
          borrowerId = fresh.get(row.borrower_ref)!;
          borrowerIds.set(row.borrower_ref, borrowerId);
          const sealed = sealBorrower(
            deps.codec,
            keys,
            borrowerId,
            {
              ref: row.borrower_ref,
              name: row.name,
              phones: row.phone,
              email: row.email,
              nationalId: row.national_id,
              address: row.address,
              timeZone: row.time_zone,
              locale: row.locale,
              jurisdiction: row.jurisdiction,
              state: row.state,
            },
            now,
          );
          borrowers.push(sealed.borrower);
          phoneIndexes.push(...sealed.phoneIndexes);
          ledger.push({
            type: "borrower.created",
            v: 1,
            at: now,
            actor: "import",
            borrowerId,
            jurisdiction: row.jurisdiction,
          });
          newBorrowers++;
        }
        const accountId = deps.newId();
        const agencyId = row.agency ? agencies.get(row.agency)! : null;
        const collectorId = row.collector ? collectors.get(row.collector)!.id : null;
        accounts.push({
          id: accountId,
          ref: row.account_ref,
          borrower_id: borrowerId,
          product: row.product,
          principal_minor: row.principal,
          outstanding_minor: row.outstanding,
          currency: row.currency,
          due_date: row.due_date,
          days_past_due: row.days_past_due,
          status: row.status,
          agency_id: agencyId,
          collector_id: collectorId,
          created_at: now,
          ...accountNotices({
            validationNoticeSentAt: row.validation_notice_sent_at,
            outsourcingNoticeAt: row.outsourcing_notice_at,
          }),
        });
        ledger.push({
          type: "account.created",
          v: 1,
          at: now,
          actor: "import",
          accountId,
          borrowerId,
          agencyId,
          collectorId,
        });
      }
      if (borrowers.length) await trx.insertInto("borrowers").values(borrowers).execute();
      if (phoneIndexes.length) await trx.insertInto("borrower_phone_index").values(phoneIndexes).execute();
      await trx.insertInto("accounts").values(accounts).execute();
      await appendEntries(trx, ledger);
      onProgress("write", Math.min(start + CHUNK, rows.length), rows.length);
    }
  });
  return { ok: true, borrowers: newBorrowers, accounts: rows.length };
}
