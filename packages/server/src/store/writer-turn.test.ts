import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { WriterTurn } from "./writer-turn.js";

const turns = () => new Promise((resolve) => setImmediate(resolve));

describe("WriterTurn", () => {
  it("holds the yielding side until every announced writer is done", async () => {
    const turn = new WriterTurn();
    turn.want();
    turn.want();
    let yielded = false;
    const waiting = turn.yielded().then(() => {
      yielded = true;
    });
    turn.done();
    await turns();
    expect(yielded).toBe(false);
    turn.done();
    await waiting;
    expect(yielded).toBe(true);
  });

  it("is one counter across threads", async () => {
    const turn = new WriterTurn();
    turn.want();
    // A thread with the same shared memory sees the announced writer, then our done().
    const worker = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       const waiting = new Int32Array(workerData);
       parentPort.postMessage(Atomics.load(waiting, 0));
       Atomics.wait(waiting, 0, 1);
       parentPort.postMessage(Atomics.load(waiting, 0));`,
      { eval: true, workerData: turn.buffer },
    );
    const seen: number[] = [];
    await new Promise<void>((resolve) => {
      worker.on("message", (n: number) => {
        seen.push(n);
        if (seen.length === 1) turn.done();
        else resolve();
      });
    });
    expect(seen).toEqual([1, 0]);
    await worker.terminate();
  });
});
