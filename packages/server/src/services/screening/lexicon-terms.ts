import { createHash } from "node:crypto";
import type { AddLexiconTermsBody, lexiconChanged, lexiconView } from "@faircollect/contract";
import { defaultLexicon } from "@faircollect/domain/screening/index";
import { normalizedString, normalizeText } from "@faircollect/domain/screening/normalize-text";
import type { Category, Severity } from "@faircollect/domain/screening/types";
import { sql } from "kysely";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Row } from "../../store/database.js";
import type { Actor } from "../actor.js";
import { invalid } from "../app-error.js";
import { lexiconName, loadTerms, type ScreeningDeps, storedLexiconVersion } from "./lexicon-source.js";

type LexiconView = z.infer<typeof lexiconView>;

function termView(row: Row<"lexicon_terms">): LexiconView["terms"][number] {
  return {
    id: row.id,
    version: Number(row.version),
    category: row.category as Category,
    severity: row.severity as Severity,
    term: row.term,
    addedBy: row.added_by,
    addedAt: row.added_at,
  };
}

/** The digest a lexicon version is recorded under: the shipped version and every added term, in order. */
function lexiconDigest(version: string, rows: readonly Row<"lexicon_terms">[]): string {
  const body = JSON.stringify({ version, terms: rows.map((r) => [r.category, r.severity, r.term]) });
  return `sha256:${createHash("sha256").update(body).digest("hex")}`;
}

/**
 * Adds supervisor terms as a new lexicon version, recorded in the ledger as
 * `lexicon.changed`; this process recompiles at once, others within seconds.
 */
export async function addLexiconTerms(
  deps: ScreeningDeps,
  actor: Actor,
  input: AddLexiconTermsBody,
): Promise<z.infer<typeof lexiconChanged>> {
  const table = deps.lexicon.current().table;
  input.terms.forEach((term, i) => {
    if (normalizedString(normalizeText(term, table)) === "")
      throw invalid(`terms.${i}`, "has no letters or digits to match");
  });
  const now = deps.clock().toISOString();
  const { version, rows, ledgerIndex } = await deps.store.db.transaction().execute(async (trx) => {
    // INVARIANT: the head is bumped first, so concurrent additions get distinct versions in commit order.
    const head = await trx
      .updateTable("lexicon_head")
      .set({ version: sql`version + 1` })
      .where("id", "=", 1)
      .returning("version")
      .executeTakeFirstOrThrow();
    const version = Number(head.version);
    const added = input.terms.map((term) => ({
      id: deps.newId(),
      version,
      category: input.category,
      severity: input.severity,
      term,
      added_by: actor.userId,
      added_at: now,
    }));
    await trx.insertInto("lexicon_terms").values(added).execute();
    const rows = await loadTerms(trx, version);
    const name = lexiconName(defaultLexicon, version);
    const [ledgerIndex] = await appendEntries(trx, [
      {
        type: "lexicon.changed",
        v: 1,
        at: now,
        actor: actor.userId,
        lexiconId: "default",
        version: name,
        digest: lexiconDigest(name, rows),
      },
    ]);
    return { version, rows, ledgerIndex: ledgerIndex! };
  });
  await deps.lexicon.refresh();
  return {
    base: defaultLexicon.version,
    version,
    name: lexiconName(defaultLexicon, version),
    terms: rows.map(termView),
    ledgerIndex,
  };
}

/** The lexicon version in force and every term supervisors added to it. */
export async function getLexicon(deps: ScreeningDeps): Promise<LexiconView> {
  const version = await storedLexiconVersion(deps.store.db);
  const rows = await loadTerms(deps.store.db, version);
  return {
    base: defaultLexicon.version,
    version,
    name: lexiconName(defaultLexicon, version),
    terms: rows.map(termView),
  };
}
