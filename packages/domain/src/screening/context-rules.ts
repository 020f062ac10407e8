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
 * Whether a rule's cue hits name every one of its `groups`: most rules a message touches ("你" and
 * "your" are cues of many) miss a group and need no window search. Order-free, no allocation for up
 * to 31 groups.
 */
export function hasEveryGroup(hits: readonly CueHit[], groups: number): boolean {
  if (groups > 31) {
    const seen = new Set<number>();
    for (const hit of hits) seen.add(hit.group);
    return seen.size === groups;
  }
  const full = (1 << groups) - 1;
  let mask = 0;
  for (const hit of hits) {
    mask |= 1 << hit.group;
    if (mask === full) return true;
  }
  return false;
}

/**
 * The first span holding a cue of every group of the rule within its window, or undefined; this
 * is how 法院 (harmless) becomes a false legal claim next to 明天, 查封 and 你. With `accept`, a span
 * it refuses (one crossing a sentence end) is narrowed from the left while it still holds every
 * group, and the search goes on past it; the left edge only moves right, so the scan stays linear.
 */
export function findContext(
  rule: ContextRule,
  hits: readonly CueHit[],
  accept?: (start: number, end: number) => boolean,
): ContextSpan | undefined {
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
    while (present === groups) {
      const cues = sorted.slice(left, right + 1);
      const span = { start: sorted[left]!.start, end: Math.max(...cues.map((cue) => cue.end)), cues };
      if (accept === undefined || accept(span.start, span.end)) return span;
      if (left === right || counts[sorted[left]!.group]! === 1) break;
      counts[sorted[left]!.group]!--;
      left++;
    }
  }
  return undefined;
}
