import type { preferences, preferencesBody } from "@faircollect/contract";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Db } from "../../store/database.js";
import { assertBorrowerReach } from "../access.js";
import type { Actor } from "../actor.js";
import type { ServiceDeps } from "../deps.js";

type Preferences = z.infer<typeof preferences>;

const none = { optedOutChannels: [], inconvenientTimes: [], preferredHours: null, preferredChannels: [] };

/** The borrower's preferences in force: the newest row, or none stated yet. */
export async function currentPreferences(db: Db, borrowerId: string): Promise<Preferences> {
  const row = await db
    .selectFrom("preferences")
    .selectAll()
    .where("borrower_id", "=", borrowerId)
    .orderBy("recorded_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  if (!row) return { borrowerId, ...none, effectiveFrom: null, recordedAt: null };
  return {
    borrowerId,
    optedOutChannels: JSON.parse(row.opted_out_channels),
    inconvenientTimes: JSON.parse(row.inconvenient_times),
    preferredHours: JSON.parse(row.preferred_hours),
    preferredChannels: JSON.parse(row.preferred_channels),
    effectiveFrom: row.effective_from,
    recordedAt: row.recorded_at,
  };
}

/** Reads a borrower's contact preferences. */
export async function getPreferences(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
): Promise<Preferences> {
  await assertBorrowerReach(deps.store.db, actor, borrowerId);
  return currentPreferences(deps.store.db, borrowerId);
}

/** States new preferences as a new row; the ledger keeps what changed and who changed it. */
export async function setPreferences(
  deps: ServiceDeps,
  actor: Actor,
  borrowerId: string,
  input: z.infer<typeof preferencesBody>,
): Promise<Preferences> {
  const now = deps.clock().toISOString();
  await deps.store.db.transaction().execute(async (trx) => {
    await assertBorrowerReach(trx, actor, borrowerId);
    await trx
      .insertInto("preferences")
      .values({
        id: deps.newId(),
        borrower_id: borrowerId,
        opted_out_channels: JSON.stringify(input.optedOutChannels),
        inconvenient_times: JSON.stringify(input.inconvenientTimes),
        preferred_hours: JSON.stringify(input.preferredHours),
        preferred_channels: JSON.stringify(input.preferredChannels),
        effective_from: now,
        recorded_at: now,
        recorded_by: actor.userId,
      })
      .execute();
    await appendEntries(trx, [
      { type: "preference.changed", v: 1, at: now, actor: actor.userId, borrowerId, ...input },
    ]);
  });
  return { borrowerId, ...input, effectiveFrom: now, recordedAt: now };
}
