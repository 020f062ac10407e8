import { sql } from "kysely";
import type { Dialect } from "../src/store/connect.js";
import type { Db } from "../src/store/database.js";

/** Makes every insert into a table fail, as if the process died at that write; returns the undo. */
export async function killInsertsInto(db: Db, dialect: Dialect, table: string): Promise<() => Promise<void>> {
  if (dialect === "sqlite") {
    await sql`create trigger kill_write before insert on ${sql.table(table)} begin select raise(abort, 'killed half-way'); end`.execute(
      db,
    );
    return async () => void (await sql`drop trigger kill_write`.execute(db));
  }
  await sql`create or replace function kill_write() returns trigger language plpgsql as $$ begin raise exception 'killed half-way'; end $$`.execute(
    db,
  );
  await sql`create trigger kill_write before insert on ${sql.table(table)} for each row execute function kill_write()`.execute(
    db,
  );
  return async () => void (await sql`drop trigger kill_write on ${sql.table(table)}`.execute(db));
}
