import { describe, expect, it } from "vitest";
import { walSync } from "./wal-sync.js";

/** A flush the test finishes by hand, recording when each one started. */
function manualFlushes() {
  const started: number[] = [];
  const finish: (() => void)[] = [];
  let clock = 0;
  return {
    started,
    finishNext: () => finish.shift()!(),
    tick: () => ++clock,
    flush: () =>
      new Promise<void>((resolve) => {
        started.push(clock);
        finish.push(resolve);
      }),
  };
}

describe("walSync", () => {
  it("answers a caller only after a flush that began after its call", async () => {
    const f = manualFlushes();
    const sync = walSync(f.flush);
    const order: string[] = [];
    const first = sync().then(() => order.push("first"));
    f.tick(); // a commit lands while the first flush runs
    const second = sync().then(() => order.push("second"));
    const third = sync().then(() => order.push("third"));
    expect(f.started).toEqual([0]);
    f.finishNext();
    await first;
    await Promise.resolve();
    // The second and third callers share one new flush, started after the first ended.
    expect(f.started).toEqual([0, 1]);
    expect(order).toEqual(["first"]);
    f.finishNext();
    await Promise.all([second, third]);
    expect(order).toEqual(["first", "second", "third"]);
  });

  it("passes a failed flush to its callers and flushes again for the next", async () => {
    let fail = true;
    const sync = walSync(async () => {
      if (fail) throw new Error("EIO");
    });
    await expect(sync()).rejects.toThrow("EIO");
    fail = false;
    await expect(sync()).resolves.toBeUndefined();
  });
});
