import { type FileHandle, open } from "node:fs/promises";

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

/**
 * fdatasync of one file, kept open between flushes (opening and closing it cost
 * as much as the flush's own bookkeeping). A file that does not exist yet holds
 * nothing to flush. INVARIANT: the file is not replaced while open: SQLite
 * deletes its WAL only when the last connection closes, and the store's own
 * connection stays open until `close`.
 */
export function fileFlusher(path: string): { flush: () => Promise<void>; close: () => Promise<void> } {
  let file: FileHandle | undefined;
  return {
    async flush() {
      if (!file) {
        try {
          file = await open(path, "r");
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
          throw error;
        }
      }
      await file.datasync();
    },
    async close() {
      await file?.close();
      file = undefined;
    },
  };
}
