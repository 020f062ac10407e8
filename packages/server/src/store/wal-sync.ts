import { open } from "node:fs/promises";

/**
 * Makes every commit written so far durable: fdatasync of the SQLite WAL file
 * on libuv's thread pool, so the event loop goes on serving while the disk
 * flushes. Calls that arrive while a flush runs share the next one (a flush
 * covers only what was written before it began), so one flush serves every
 * commit of its moment: group commit, as PostgreSQL does with its WAL.
 */
export function walSync(flush: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const start = (): Promise<void> => {
    running = flush().finally(() => {
      running = undefined;
    });
    return running;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(
      () => {
        next = undefined;
        return start();
      },
      () => {
        next = undefined;
        return start();
      },
    );
    return next;
  };
}

/** fdatasync of a file by path; a file that does not exist yet holds nothing to flush. */
export async function fdatasyncFile(path: string): Promise<void> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  try {
    await file.datasync();
  } finally {
    await file.close();
  }
}
