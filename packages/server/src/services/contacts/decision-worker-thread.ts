// The decision worker thread's body; see decision-worker.ts for why it exists.
import { parentPort, workerData } from "node:worker_threads";
import { buildDeps } from "../../build-app.js";
import { startSequencing } from "../../ledger/sequencing-timer.js";
import { WriterTurn } from "../../store/writer-turn.js";
import { groupCommitGateway } from "./decision-gateway.js";
import {
  carry,
  type DecisionWorkerData,
  type FromWorker,
  type Reply,
  type ToWorker,
} from "./decision-worker.js";

const port = parentPort!;
const data = workerData as DecisionWorkerData;
const turn = new WriterTurn(data.turn);
const { deps, ledger } = await buildDeps(data.config, {}, { prepared: true });
const gateway = groupCommitGateway(deps, { beforeBatch: () => turn.yielded() });
const sequencing = startSequencing(ledger.sequencer, (error) =>
  port.postMessage({
    kind: "failure",
    message: `ledger sequencing failed: ${carry(error).message}`,
  } satisfies FromWorker),
);

let outbox: Reply[] = [];
function reply(answer: Reply): void {
  // Answers settled together (one batch's flush) travel in one message.
  if (outbox.length === 0) {
    setImmediate(() => {
      port.postMessage({ kind: "replies", replies: outbox } satisfies FromWorker);
      outbox = [];
    });
  }
  outbox.push(answer);
}

port.on("message", async (message: ToWorker) => {
  if (message.kind === "stop") {
    await sequencing.stop();
    await deps.store.close();
    port.close();
    return;
  }
  for (const { id, actor, input } of message.requests) {
    // decide() refuses bad input synchronously; the async wrapper turns that into a rejection.
    (async () => gateway.decide(actor, input))().then(
      (view) => reply({ id, ok: true, view }),
      (error: unknown) => reply({ id, ok: false, error: carry(error) }),
    );
  }
});
port.postMessage({ kind: "ready" } satisfies FromWorker);
