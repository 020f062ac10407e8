import type { HoldKind, HoldState } from "./vocabulary.js";

/** The facts of one hold row that decide whether a protection is in force. */
export type HoldRow = {
  kind: HoldKind;
  state: HoldState;
  accountId: string | null;
  effectiveFrom: string;
  recordedAt: string;
};

/**
 * The protections in force at an instant: for each kind and scope, the latest row
 * effective at or before that instant decides, so a hold is ended only by a newer row.
 * Ties on effectiveFrom go to the row recorded last.
 */
export function activeHolds<T extends HoldRow>(rows: readonly T[], at: string): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    if (row.effectiveFrom > at) continue;
    const key = `${row.kind}\u0000${row.accountId ?? ""}`;
    const seen = latest.get(key);
    if (
      !seen ||
      row.effectiveFrom > seen.effectiveFrom ||
      (row.effectiveFrom === seen.effectiveFrom && row.recordedAt > seen.recordedAt)
    ) {
      latest.set(key, row);
    }
  }
  return [...latest.values()].filter((row) => row.state === "active");
}
