import type { Sequencer } from "./sequencer.js";

/** How often the server looks for new entries; checkpoints follow the policy, not this tick. */
const TICK_MS = 200;

/**
 * Runs the sequencer on a timer in the server process; a failed run is reported and retried on
 * the next tick. `stop` waits for a run in progress so the store can close after it.
 */
export function startSequencing(
  sequencer: Sequencer,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  let current: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    current = sequencer.run().catch(onError);
  }, TICK_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
