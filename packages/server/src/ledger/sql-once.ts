import type { Db } from "../store/database.js";

const built = new Map<string, string>();

/**
 * A statement's SQL, built with Kysely once per dialect and key and reused after: on the ledger's
 * hot paths building a many-row statement cost more than running it. The key must name
 * everything the text depends on (table, row count); parameters are bound at each run.
 */
export function sqlOnce(db: Db, key: string, build: () => { sql: string }): string {
  const id = `${db.getExecutor().adapter.constructor.name}:${key}`;
  let text = built.get(id);
  if (text === undefined) {
    text = build().sql;
    built.set(id, text);
  }
  return text;
}
