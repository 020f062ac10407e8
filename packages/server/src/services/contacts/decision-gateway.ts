import type { ContactDecisionBody, ContactDecisionView } from "@faircollect/contract";
import type { Screened } from "@faircollect/domain/screening/index";
import type { Actor } from "../actor.js";
import {
  type DecisionDeps,
  decideContact,
  decideInTransaction,
  decisionInstant,
  screenText,
} from "./decide-contact.js";

/** How contact decisions are taken: one transaction each, or grouped into shared commits. */
export type DecisionGateway = {
  decide(actor: Actor, input: ContactDecisionBody): Promise<ContactDecisionView>;
};

type Pending = {
  actor: Actor;
  input: ContactDecisionBody;
  at: Date;
  screened: Screened | undefined;
  resolve: (view: ContactDecisionView) => void;
  reject: (error: unknown) => void;
};

const MAX_BATCH = 256;

/** One transaction per decision: right for PostgreSQL, where concurrent commits already share WAL flushes. */
export function directGateway(deps: DecisionDeps): DecisionGateway {
  return { decide: (actor, input) => decideContact(deps, actor, input) };
}

/**
 * Group commit for SQLite: the decisions that arrive in one event-loop turn are
 * decided one after another in a single transaction, each inside a savepoint
 * so one refusal rolls back only itself, and every answer waits for the commit.
 * One fsync then serves the whole batch instead of one per decision.
 * INVARIANT: no answer leaves before the commit that made it durable.
 */
export function groupCommitGateway(deps: DecisionDeps): DecisionGateway {
  let queue: Pending[] = [];
  let scheduled = false;

  async function flush(): Promise<void> {
    scheduled = false;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    if (queue.length > 0) schedule();
    const now = deps.clock();
    const settled: Array<{ ok: true; view: ContactDecisionView } | { ok: false; error: unknown }> = [];
    try {
      const trx = await deps.store.db.startTransaction().execute();
      try {
        for (const item of batch) {
          const savepoint = await trx.savepoint("decision").execute();
          try {
            const view = await decideInTransaction(
              savepoint,
              deps,
              item.actor,
              item.input,
              item.at,
              now,
              item.screened,
            );
            await savepoint.releaseSavepoint("decision").execute();
            settled.push({ ok: true, view });
          } catch (error) {
            await savepoint.rollbackToSavepoint("decision").execute();
            settled.push({ ok: false, error });
          }
        }
        await trx.commit().execute();
      } catch (error) {
        await trx.rollback().execute();
        throw error;
      }
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
