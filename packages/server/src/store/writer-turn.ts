/**
 * Fair turns at SQLite's single write lock between the event loop and the
 * decision worker thread (services/contacts/decision-worker.ts). Under load the
 * worker takes the lock again the moment it commits, so a write from the event
 * loop, waiting in SQLite's busy handler, could wait out busy_timeout and fail.
 * Instead the event loop announces itself before it writes, and the worker
 * starts no new batch until every announced writer is done: the wait is at most
 * one batch. Backed by shared memory, so both threads see one counter.
 */
export class WriterTurn {
  private readonly waiting: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.waiting = new Int32Array(buffer);
  }

  /** A thread is about to take the write lock. */
  want(): void {
    Atomics.add(this.waiting, 0, 1);
  }

  /** That thread has released it (committed or rolled back). */
  done(): void {
    if (Atomics.sub(this.waiting, 0, 1) === 1) Atomics.notify(this.waiting, 0);
  }

  /** Resolves once no other thread wants the write lock; the worker awaits it before each batch. */
  async yielded(): Promise<void> {
    for (;;) {
      const wanted = Atomics.load(this.waiting, 0);
      if (wanted === 0) return;
      const wait = Atomics.waitAsync(this.waiting, 0, wanted);
      if (wait.async) await wait.value;
    }
  }
}
