import type { Jurisdiction } from "@faircollect/domain/records/vocabulary";
import { sql } from "kysely";
import { DateTime } from "luxon";
import { appendEntries } from "../../ledger/append-entries.js";
import type { ServiceDeps } from "../deps.js";

/** Years a borrower's personal data is kept after the last collection activity (CN-NIFA-RECORDS, US-REGF-RECORDS). */
export type RetentionYears = Readonly<Record<Jurisdiction, number>>;

type Expired = { id: string; last: string };

const BATCH = 500;

/**
 * Borrowers whose data key is live and whose last collection activity (the borrower,
 * an account, a contact, a decision, a hold, a preference, a third party, a review)
 * lies further back than their jurisdiction keeps records.
 */
async function findExpired(deps: ServiceDeps, now: Date, years: RetentionYears): Promise<Expired[]> {
  const cutoff = (j: Jurisdiction) => DateTime.fromJSDate(now).toUTC().minus({ years: years[j] }).toISO()!;
  const { rows } = await sql<Expired>`
    select b.id as id, max(a.at) as last
    from borrowers b
    join data_keys k on k.owner_id = b.id and k.wrapped is not null
    join (
      select id as borrower_id, created_at as at from borrowers
      union all select borrower_id, created_at from accounts
      union all select borrower_id, at from contacts
      union all select borrower_id, decided_at from contact_decisions
      union all select borrower_id, recorded_at from holds
      union all select borrower_id, recorded_at from preferences
      union all select borrower_id, created_at from third_parties
      union all select borrower_id, created_at from review_items
    ) a on a.borrower_id = b.id
    group by b.id, b.jurisdiction
    having max(a.at) < case b.jurisdiction when 'CN' then ${cutoff("CN")} else ${cutoff("US")} end
    order by b.id`.execute(deps.store.db);
  return rows;
}

/**
 * Crypto-shreds every borrower past retention: destroys their data key (so every
 * sealed field of theirs is unreadable for good), deletes their blind indexes and
 * records `borrower.erased`. The ledger holds ids and keyed hashes only, so it
 * still verifies afterwards.
 */
export async function runRetention(
  deps: ServiceDeps,
  options: { now: Date; years: RetentionYears },
): Promise<{ erased: string[] }> {
  const expired = await findExpired(deps, options.now, options.years);
  const at = options.now.toISOString();
  for (let i = 0; i < expired.length; i += BATCH) {
    const batch = expired.slice(i, i + BATCH);
    const ids = batch.map((b) => b.id);
    await deps.store.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("data_keys")
        .set({ wrapped: null, destroyed_at: at })
        .where("owner_id", "in", ids)
        .execute();
      await trx.deleteFrom("borrower_phone_index").where("borrower_id", "in", ids).execute();
      await trx.updateTable("borrowers").set({ national_id_index: null }).where("id", "in", ids).execute();
      await trx.updateTable("contacts").set({ number_index: null }).where("borrower_id", "in", ids).execute();
      await trx
        .updateTable("contact_decisions")
        .set({ number_index: null })
        .where("borrower_id", "in", ids)
        .execute();
      await appendEntries(
        trx,
        batch.map((b) => ({
          type: "borrower.erased" as const,
          v: 1 as const,
          at,
          actor: "system",
          borrowerId: b.id,
          reason: "retention" as const,
          lastActivityAt: new Date(b.last).toISOString(),
        })),
      );
    });
    deps.codec.forget(ids);
  }
  return { erased: expired.map((b) => b.id) };
}
