import type { ContextRule } from "./types.js";

/** One cue occurrence in normalised text. */
export interface CueHit {
  group: number;
  start: number;
  end: number;
}

/** Where a context rule holds: its span and the cues inside it. */
export interface ContextSpan {
  start: number;
  end: number;
  cues: CueHit[];
}

/**
 * The first span holding a cue of every group of the rule within its window, or undefined; this
 * is how 法院 (harmless) becomes a false legal claim next to 明天, 查封 and 你.
 */
export function findContext(rule: ContextRule, hits: readonly CueHit[]): ContextSpan | undefined {
  const groups = rule.groups.length;
  if (groups === 0 || hits.length < groups) return undefined;
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  const counts = new Array<number>(groups).fill(0);
  let present = 0;
  let left = 0;
  for (let right = 0; right < sorted.length; right++) {
    const hit = sorted[right]!;
    if (counts[hit.group]!++ === 0) present++;
    // INVARIANT: the window never drops the hit just added, even a cue longer than the window.
    while (left < right && sorted[left]!.start < hit.end - rule.window) {
      if (--counts[sorted[left]!.group]! === 0) present--;
      left++;
    }
    if (present === groups) {
      const cues = sorted.slice(left, right + 1);
      return { start: sorted[left]!.start, end: Math.max(...cues.map((cue) => cue.end)), cues };
    }
  }
  return undefined;
}
