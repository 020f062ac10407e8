import {
  type CompiledLexicon,
  compileLexicon,
  type LexiconData,
  type TermGroup,
} from "@faircollect/domain/screening/index";
import type { Category, Severity } from "@faircollect/domain/screening/types";
import type { Db, Row } from "../../store/database.js";
import type { ServiceDeps } from "../deps.js";

/** The lexicon screens run with, as the consumer needs it: now, without waiting. */
export interface LexiconSource {
  /** The compiled lexicon of the newest version this process has seen; never compiles on the caller's path. */
  current(): CompiledLexicon;
  /** Reads the stored version now and recompiles once if it moved (after a change, or before an approval). */
  refresh(): Promise<CompiledLexicon>;
}

/** How often a process re-reads the stored version; one indexed single-row read. */
export const LEXICON_CHECK_MS = 2_000;

/** The name a lexicon version goes by in records: the shipped version plus the supervisor version. */
export function lexiconName(base: LexiconData, version: number): string {
  return version === 0 ? base.version : `${base.version}+s${version}`;
}

/** Supervisor terms as term groups, one per category and severity, each under a rule id of its own. */
export function termGroupsOf(rows: readonly Row<"lexicon_terms">[]): TermGroup[] {
  const groups = new Map<string, { rule: string; category: Category; severity: Severity; terms: string[] }>();
  for (const row of rows) {
    const rule = `supervisor-${row.category.replaceAll("_", "-")}-${row.severity}`;
    const group = groups.get(rule) ?? {
      rule,
      category: row.category as Category,
      severity: row.severity as Severity,
      terms: [],
    };
    group.terms.push(row.term);
    groups.set(rule, group);
  }
  return [...groups.values()];
}

/** The stored supervisor terms up to a version, in the order they were added. */
export async function loadTerms(db: Db, version: number): Promise<Row<"lexicon_terms">[]> {
  return db
    .selectFrom("lexicon_terms")
    .selectAll()
    .where("version", "<=", version)
    .orderBy("version")
    .orderBy("added_at")
    .orderBy("id")
    .execute();
}

/** The stored supervisor version; the row is bumped in the transaction that adds terms. */
export async function storedLexiconVersion(db: Db): Promise<number> {
  const head = await db
    .selectFrom("lexicon_head")
    .select("version")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  return Number(head.version);
}

/**
 * A per-process cache of the compiled lexicon keyed by the stored version. Compiling takes
 * hundreds of milliseconds, so `current()` only ever returns the cached one; at most every
 * `checkEveryMs` it starts one background read of the version and recompiles once when it
 * moved, so terms added through another process apply within a few seconds.
 */
export async function storedLexicon(
  db: Db,
  base: LexiconData,
  options: { checkEveryMs?: number; nowMs?: () => number } = {},
): Promise<LexiconSource> {
  const checkEveryMs = options.checkEveryMs ?? LEXICON_CHECK_MS;
  const nowMs = options.nowMs ?? Date.now;
  const compile = async (version: number) => ({
    ...compileLexicon(base, termGroupsOf(await loadTerms(db, version))),
    version: lexiconName(base, version),
  });
  let version = await storedLexiconVersion(db);
  let compiled = await compile(version);
  let checkedAt = nowMs();
  let checking: Promise<CompiledLexicon> | undefined;

  const refresh = (): Promise<CompiledLexicon> => {
    checking ??= (async () => {
      try {
        checkedAt = nowMs();
        const stored = await storedLexiconVersion(db);
        if (stored !== version) {
          compiled = await compile(stored);
          version = stored;
        }
        return compiled;
      } finally {
        checking = undefined;
      }
    })();
    return checking;
  };
  return {
    current() {
      if (checking === undefined && nowMs() - checkedAt >= checkEveryMs) {
        // A failed check keeps the lexicon in force; the next interval tries again.
        refresh().catch(() => undefined);
      }
      return compiled;
    },
    refresh,
  };
}

/** What the screening use cases need: the common dependencies and the lexicon in force. */
export type ScreeningDeps = ServiceDeps & { lexicon: LexiconSource };
