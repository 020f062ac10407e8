// A minimal Aho–Corasick automaton over UTF-16 code units. Measured alternatives
// (shared/reference/perf-anchors.md §1e): modern-ahocorasick 3.3.0 grows superlinearly on long
// text (200k chars: 64 s) and `ahocorasick` 1.0.2 reached 12 MB/s, below the 20 MB/s target with
// normalisation on top; a flat automaton on code units reached 54 MB/s. Code units suit us: the
// normaliser already emits folded units, and a units-only alphabet needs no grapheme segmentation.

/** A compiled multi-pattern matcher; built once per lexicon, read-only afterwards. */
export interface Automaton {
  /** Code unit → symbol; 0 for units in no pattern, which send the scan back to the root. */
  alphabet: Uint16Array;
  rootNext: Int32Array;
  /** Where a state's dense row starts in `dense`, or -1: only states with many edges have one. */
  denseRow: Int32Array;
  /** Rows of `symbols` entries: the state reached on each symbol, 0 for none (no edge leads to the root). */
  dense: Int32Array;
  edgeStart: Int32Array;
  edgeSym: Int32Array;
  edgeTo: Int32Array;
  fail: Int32Array;
  /** Pattern ending at this state, or -1. */
  output: Int32Array;
  /** Nearest state down the failure chain with an output, or -1. */
  dict: Int32Array;
  /** The first state whose output a scan reports on reaching this one: itself if it has one, else `dict`. */
  report: Int32Array;
  patternLength: Int32Array;
}

/** States with more edges than this get a dense row; the scan searches the others' edges in order. */
const LINEAR_EDGES = 8;

/** Builds the automaton; pattern i is reported as i, so duplicates should be removed by the caller. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const alphabet = new Uint16Array(0x10000);
  let symbols = 1;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (alphabet[unit] === 0) alphabet[unit] = symbols++;
    }
  }
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[] = [-1];
  patterns.forEach((pattern, id) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const sym = alphabet[pattern.charCodeAt(i)]!;
      let next = children[state]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push(-1);
        children[state]!.set(sym, next);
      }
      state = next;
    }
    if (pattern.length > 0) outputs[state] = id;
  });

  const states = children.length;
  const fail = new Int32Array(states);
  const dict = new Int32Array(states).fill(-1);
  const output = Int32Array.from(outputs);
  const queue: number[] = [];
  for (const child of children[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [sym, child] of children[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !children[f]!.has(sym)) f = fail[f]!;
      const target = children[f]!.get(sym);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const via = fail[child]!;
      dict[child] = output[via]! >= 0 ? via : dict[via]!;
      queue.push(child);
    }
  }

  const rootNext = new Int32Array(symbols);
  for (const [sym, child] of children[0]!) rootNext[sym] = child;
  const edgeStart = new Int32Array(states + 1);
  let edges = 0;
  for (let s = 0; s < states; s++) edges += children[s]!.size;
  const edgeSym = new Int32Array(edges);
  const edgeTo = new Int32Array(edges);
  let e = 0;
  for (let s = 0; s < states; s++) {
    edgeStart[s] = e;
    for (const [sym, child] of [...children[s]!].sort((a, b) => a[0] - b[0])) {
      edgeSym[e] = sym;
      edgeTo[e] = child;
      e++;
    }
  }
  edgeStart[states] = e;
  // Some states (after "你", "your ") have dozens or hundreds of edges; a row indexed by symbol
  // answers them in one read, where a search over sorted edges took about a tenth of the screen.
  // The alphabet is small (about 1,300 symbols): the shipped lexicon's 760 rows cost 3.9 MB.
  const denseRow = new Int32Array(states).fill(-1);
  let rows = 0;
  for (let s = 1; s < states; s++) if (children[s]!.size > LINEAR_EDGES) denseRow[s] = symbols * rows++;
  const dense = new Int32Array(symbols * rows);
  for (let s = 1; s < states; s++) {
    const row = denseRow[s]!;
    if (row >= 0) for (const [sym, child] of children[s]!) dense[row + sym] = child;
  }
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  const report = Int32Array.from(output, (out, s) => (out >= 0 ? s : dict[s]!));
  return {
    alphabet,
    rootNext,
    denseRow,
    dense,
    edgeStart,
    edgeSym,
    edgeTo,
    fail,
    output,
    dict,
    report,
    patternLength,
  };
}

/** Reports every occurrence of every pattern as (pattern id, end index exclusive), in end order. */
export function scanAutomaton(
  automaton: Automaton,
  units: Uint16Array,
  length: number,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { alphabet, rootNext, denseRow, dense, edgeStart, edgeSym, edgeTo, fail, output, dict, report } =
    automaton;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const sym = alphabet[units[i]!]!;
    if (sym === 0) {
      state = 0;
      continue;
    }
    for (;;) {
      if (state === 0) {
        state = rootNext[sym]!;
        break;
      }
      let next = 0;
      const row = denseRow[state]!;
      if (row >= 0) next = dense[row + sym]!;
      else {
        // Most states have one or two edges, and none without a dense row has more than LINEAR_EDGES.
        const end = edgeStart[state + 1]!;
        for (let e = edgeStart[state]!; e < end; e++) {
          if (edgeSym[e] === sym) {
            next = edgeTo[e]!;
            break;
          }
        }
      }
      if (next !== 0) {
        state = next;
        break;
      }
      state = fail[state]!;
    }
    let s = report[state]!;
    while (s >= 0) {
      onMatch(output[s]!, i + 1);
      s = dict[s]!;
    }
  }
}
