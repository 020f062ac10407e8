import type { ContactDecisionBody, ContactDecisionView } from "@faircollect/contract";
import type { Screened } from "@faircollect/domain/screening/index";
import type SQLite from "better-sqlite3";
import type { Db } from "../../store/database.js";
import type { Actor } from "../actor.js";
import type { AppError } from "../app-error.js";
import {
  type DecisionDeps,
  decideContact,
  decideWith,
  decisionInstant,
  screenText,
} from "./decide-contact.js";
import { sqliteDecisionStore } from "./decision-store.sqlite.js";

/** How contact decisions are taken: one transaction each, or grouped into shared commits. */
export type DecisionGateway = {
  decide(actor: Actor, input: ContactDecisionBody): Promise<ContactDecisionView>;
  /** Why the gateway can take no more decisions, once it cannot (a stopped worker); absent: it always can. */
  failure?: () => AppError | undefined;
};

type Pending = {
  actor: Actor;
  input: ContactDecisionBody;
  at: Date;
  screened: Screened | undefined;
  resolve: (view: ContactDecisionView) => void;
  reject: (error: unknown) => void;
};

type Settled = { ok: true; view: ContactDecisionView } | { ok: false; error: unknown };

const MAX_BATCH = 256;

/** One transaction per decision: right for PostgreSQL, where concurrent commits already share WAL flushes. */
export function directGateway(deps: DecisionDeps): DecisionGateway {
  return { decide: (actor, input) => decideContact(deps, actor, input) };
}

/** The transaction control of a batch, prepared once per connection. */
function batchStatements(sqlite: SQLite.Database) {
  return {
    // INVARIANT: the write lock is taken up front (see store/connect.ts), never upgraded mid-batch.
    begin: sqlite.prepare("begin immediate"),
    savepoint: sqlite.prepare("savepoint decision"),
    release: sqlite.prepare("release decision"),
    rollbackTo: sqlite.prepare("rollback to decision"),
    commit: sqlite.prepare("commit"),
    rollback: sqlite.prepare("rollback"),
  };
}

/**
 * Group commit for SQLite: the decisions that arrive in one event-loop turn are
 * decided one after another in a single transaction, each inside a savepoint
 * so one refusal rolls back only itself, and every answer waits for the commit
 * to be flushed. One flush then serves the whole batch (and any batch committed
 * while it ran) instead of one per decision. The batch
 * holds Kysely's connection, so no other transaction interleaves, and runs the
 * decision's reads and writes as prepared statements on it.
 * INVARIANT: no answer leaves before the flush that made its commit durable.
 */
export function groupCommitGateway(
  deps: DecisionDeps,
  options: {
    /** Awaited before each batch takes the write lock (the worker's turn with the event loop). */
    beforeBatch?: () => Promise<void>;
  } = {},
): DecisionGateway {
  const sqlite = deps.store.sqlite;
  if (!sqlite) throw new Error("group commit needs the SQLite connection");
  const tx = batchStatements(sqlite);
  let queue: Pending[] = [];
  let scheduled = false;

  async function decideBatch(conn: Db, batch: readonly Pending[], now: Date): Promise<Settled[]> {
    const store = sqliteDecisionStore(sqlite!, conn);
    const settled: Settled[] = [];
    tx.begin.run();
    try {
      for (const item of batch) {
        tx.savepoint.run();
        try {
          const view = await decideWith(store, deps, item.actor, item.input, item.at, now, item.screened);
          tx.release.run();
          settled.push({ ok: true, view });
        } catch (error) {
          tx.rollbackTo.run();
          tx.release.run();
          settled.push({ ok: false, error });
        }
      }
      tx.commit.run();
    } catch (error) {
      // An I/O error may already have ended the transaction; then there is nothing to roll back.
      if (sqlite!.inTransaction) tx.rollback.run();
      throw error;
    }
    return settled;
  }

  async function flush(): Promise<void> {
    scheduled = false;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    if (queue.length > 0) schedule();
    let settled: Settled[];
    try {
      await options.beforeBatch?.();
      settled = await deps.store.db.connection().execute((conn) => decideBatch(conn, batch, deps.clock()));
      // The connection is free for the next batch while this one's commit is flushed.
      await deps.store.durable();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = settled[i]!;
      if (outcome.ok) item.resolve(outcome.view);
      else item.reject(outcome.error);
    });
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return {
    decide(actor, input) {
      // Validation and screening happen before queueing: they are pure and must not hold the writer.
      const at = decisionInstant(input, deps.clock());
      const screened = screenText(deps, input);
      return new Promise((resolve, reject) => {
        queue.push({ actor, input, at, screened, resolve, reject });
        schedule();
      });
    },
  };
}
