import type { Db } from "../store/database.js";
import { invalid } from "./app-error.js";

const names = { agencies: "agency", borrowers: "borrower", users: "user" } as const;

/** Refuses a request whose field refers to a record that does not exist, naming the field. */
export async function mustExist(db: Db, table: keyof typeof names, id: string, field: string): Promise<void> {
  const found = await db.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  if (!found) throw invalid(field, `no such ${names[table]}`);
}
