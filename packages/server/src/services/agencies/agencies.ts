import type { agency, createAgencyBody } from "@faircollect/contract";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Actor } from "../actor.js";
import { AppError } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";

type Agency = z.infer<typeof agency>;

/** Registers a collection agency the lender works with. */
export async function createAgency(
  deps: ServiceDeps,
  actor: Actor,
  input: z.infer<typeof createAgencyBody>,
): Promise<Agency> {
  const now = deps.clock().toISOString();
  const row = { id: deps.newId(), code: input.code, name: input.name, created_at: now };
  await deps.store.db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom("agencies")
      .select("id")
      .where("code", "=", input.code)
      .executeTakeFirst();
    if (clash) throw new AppError("CONFLICT", `an agency with code \`${input.code}\` exists`);
    await trx.insertInto("agencies").values(row).execute();
    await appendEntries(trx, [
      { type: "agency.created", v: 1, at: now, actor: actor.userId, agencyId: row.id },
    ]);
  });
  return { id: row.id, code: row.code, name: row.name, createdAt: now };
}

/** Every agency, by code. */
export async function listAgencies(deps: ServiceDeps): Promise<Agency[]> {
  const rows = await deps.store.db.selectFrom("agencies").selectAll().orderBy("code").execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, createdAt: r.created_at }));
}
