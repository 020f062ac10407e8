import { once } from "node:events";
import { Worker } from "node:worker_threads";
import type { ContactDecisionBody, ContactDecisionView } from "@faircollect/contract";
import type { Config } from "../../config.js";
import type { WriterTurn } from "../../store/writer-turn.js";
import type { Actor } from "../actor.js";
import { AppError, type ErrorCode } from "../app-error.js";
import type { DecisionGateway } from "./decision-gateway.js";

/** What the worker is started with: the server's configuration and the shared writer turn. */
export type DecisionWorkerData = { config: Config; turn: SharedArrayBuffer };

type DecideRequest = { id: number; actor: Actor; input: ContactDecisionBody };
/** A refusal crossing the thread boundary: AppError's fields, or an internal failure's message. */
export type CarriedError = { code: ErrorCode; message: string; details: AppError["details"] };
export type Reply =
  | { id: number; ok: true; view: ContactDecisionView }
  | { id: number; ok: false; error: CarriedError };
export type ToWorker = { kind: "decide"; requests: DecideRequest[] } | { kind: "stop" };
export type FromWorker =
  | { kind: "ready" }
  | { kind: "replies"; replies: Reply[] }
  | { kind: "failure"; message: string };

/** A refusal as it crosses to the event loop: structured cloning would drop AppError's class. */
export function carry(error: unknown): CarriedError {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details };
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error), details: {} };
}

/** The refusal again as the error the HTTP layer maps to problem+json (an internal one stays a 500). */
function uncarry(error: CarriedError): Error {
  return error.code === "INTERNAL"
    ? new Error(error.message)
    : new AppError(error.code, error.message, error.details);
}

export type DecisionWorker = DecisionGateway & { stop: () => Promise<void> };

/**
 * Contact decisions on a thread of their own (SQLite only). Loading a borrower's
 * facts, recording the decision with its ledger entry, committing and flushing
 * are most of a decision's CPU; on the event loop they leave the HTTP side
 * waiting. The worker owns a second connection to the same file and runs the
 * same group-commit gateway there, plus the ledger's sequencer; the event loop
 * keeps HTTP, authentication and validation, and posts requests in batches of
 * one event-loop turn. SQLite's write lock still serialises the two threads;
 * `turn` keeps the event loop's own writes from starving (store/writer-turn.ts).
 * `onFailure` hears of sequencing failures and of the worker's end; after an
 * unexpected end every decision fails closed (503) rather than being taken
 * elsewhere, and `/healthz` answers 503 so the process gets restarted.
 */
export async function startDecisionWorker(
  config: Config,
  turn: WriterTurn,
  onFailure: (error: Error) => void,
): Promise<DecisionWorker> {
  const worker = new Worker(new URL("./decision.worker.mjs", import.meta.url), {
    workerData: { config, turn: turn.buffer } satisfies DecisionWorkerData,
  });
  const waiting = new Map<
    number,
    { resolve: (view: ContactDecisionView) => void; reject: (e: Error) => void }
  >();
  let outbox: DecideRequest[] = [];
  let nextId = 0;
  let ended: AppError | undefined;
  let stopping = false;

  const end = (error: Error) => {
    ended ??= new AppError(
      "UNAVAILABLE",
      "contact decisions are unavailable: the decision worker has stopped",
    );
    for (const { reject } of waiting.values()) reject(ended);
    waiting.clear();
    if (!stopping) onFailure(error);
  };
  worker.on("error", end);
  worker.on("exit", (code) => end(new Error(`the decision worker exited (${code})`)));
  worker.on("message", (message: FromWorker) => {
    if (message.kind === "failure") onFailure(new Error(message.message));
    if (message.kind !== "replies") return;
    for (const reply of message.replies) {
      const caller = waiting.get(reply.id);
      if (!caller) continue;
      waiting.delete(reply.id);
      if (reply.ok) caller.resolve(reply.view);
      else caller.reject(uncarry(reply.error));
    }
  });

  const [first] = (await Promise.race([once(worker, "message"), once(worker, "error")])) as [
    FromWorker | Error,
  ];
  if (first instanceof Error) throw first;

  const post = () => {
    worker.postMessage({ kind: "decide", requests: outbox } satisfies ToWorker);
    outbox = [];
  };
  return {
    failure: () => ended,
    decide(actor, input) {
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        // One message per event-loop turn: posting costs more than the few requests it carries.
        if (outbox.length === 0) setImmediate(post);
        outbox.push({ id, actor, input });
      });
    },
    async stop() {
      if (ended) return;
      stopping = true;
      const exited = once(worker, "exit");
      worker.postMessage({ kind: "stop" } satisfies ToWorker);
      await exited;
    },
  };
}
