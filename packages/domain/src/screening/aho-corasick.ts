// A minimal Aho–Corasick automaton over UTF-16 code units. Measured alternatives
// (shared/reference/perf-anchors.md §1e): modern-ahocorasick 3.3.0 grows superlinearly on long
// text (200k chars: 64 s) and `ahocorasick` 1.0.2 reached 12 MB/s, below the 20 MB/s target with
// normalisation on top; a flat automaton on code units reached 54 MB/s. Code units suit us: the
// normaliser already emits folded units, and a units-only alphabet needs no grapheme segmentation.

/** A compiled multi-pattern matcher; built once per lexicon, read-only afterwards. */
export interface Automaton {
  /**
   * Code unit → symbol; 0 for units in no pattern, which send the scan back to the root. Symbols
   * are numbered by how often their unit occurs in the patterns, most often first, so the entries
   * most scans read sit together at the start of `rootNext` and of each dense row.
   */
  alphabet: Uint16Array;
  /** The state reached from the root on each symbol, 0 for none. */
  rootNext: Int32Array;
  /**
   * Every state's record, a state named by where its record starts (the root at 0): COUNT, FAIL,
   * REPORT, OUTPUT and DICT, then either its edges as (symbol, state) pairs sorted by symbol or, for
   * a state with a dense row, the row's length. The scan is bound by memory latency: a record
   * holding its own edges costs one cache miss per step where separate arrays cost two or three.
   * Records are laid out as `recordOrder` says, so that the next record a scan reads is often near
   * the last one.
   */
  nodes: Int32Array;
  /**
   * Rows indexed by symbol: the state reached on each symbol, 0 for none (no edge leads to the root).
   * A row ends after its highest symbol; a symbol past its end has no edge. With symbols numbered by
   * frequency that trims the rows to a fifth of the full alphabet's size (the shipped lexicon's
   * 760 rows: 0.7 MB where full rows took 3.9 MB), and a row's common symbols share cache lines.
   */
  dense: Int32Array;
  patternLength: Int32Array;
}

/** A record's edge count, or -1 - (its dense row's start) when it has a dense row. */
const COUNT = 0;
/** Its failure link. */
const FAIL = 1;
/** The first state whose output a scan reports on reaching it (itself or DICT), or -1. */
const REPORT = 2;
/** The pattern ending at it, or -1. */
const OUTPUT = 3;
/** The nearest state down the failure chain with an output, or -1. */
const DICT = 4;
const HEADER = 5;
/** After the header of a record with a dense row: the row's length. */
const ROW_LENGTH = HEADER;

/** States with more edges than this get a dense row; the scan searches the others' edges in order. */
const LINEAR_EDGES = 8;

/** States this many steps from the root or fewer are laid out breadth first (see `recordOrder`). */
const SHALLOW_DEPTH = 2;

/**
 * The order of the records: states up to SHALLOW_DEPTH from the root breadth first, where most
 * steps are, so that they stay in cache together; below them, each subtree depth first, a state's
 * children in symbol order (most frequent first). A scan that follows a pattern down the trie then
 * reads records that follow one another, often on a cache line it has already loaded. Simulated
 * over the benchmark's input (32 KB L1, 512 KB L2), this layout missed L1 a fifth less often and L2
 * half as often as breadth first throughout; laying out depth first from depth 0, 1 or 3 did worse.
 */
function recordOrder(children: readonly Map<number, number>[], breadthFirst: readonly number[]): number[] {
  const depth = new Int32Array(children.length);
  const order: number[] = [];
  for (const state of breadthFirst) {
    for (const child of children[state]!.values()) depth[child] = depth[state]! + 1;
    if (depth[state]! <= SHALLOW_DEPTH) order.push(state);
  }
  const bySymbol = (state: number) => [...children[state]!].sort((a, b) => a[0] - b[0]);
  for (const top of breadthFirst) {
    if (depth[top] !== SHALLOW_DEPTH) continue;
    // Depth first without recursion: a pattern may be as long as the lexicon allows.
    const stack = bySymbol(top)
      .map(([, child]) => child)
      .reverse();
    for (let state = stack.pop(); state !== undefined; state = stack.pop()) {
      order.push(state);
      for (const [, child] of bySymbol(state).reverse()) stack.push(child);
    }
  }
  return order;
}

/** Builds the automaton; pattern i is reported as i, so duplicates should be removed by the caller. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const occurrences = new Map<number, number>();
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      occurrences.set(unit, (occurrences.get(unit) ?? 0) + 1);
    }
  }
  // Most frequent first; ties by unit, so that a lexicon always compiles to the same automaton.
  const byFrequency = [...occurrences].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const alphabet = new Uint16Array(0x10000);
  byFrequency.forEach(([unit], i) => {
    alphabet[unit] = i + 1;
  });
  const symbols = byFrequency.length + 1;
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

  // Failure links and dictionary links over trie states, in breadth-first order.
  const states = children.length;
  const fail = new Int32Array(states);
  const dict = new Int32Array(states).fill(-1);
  const breadthFirst = [0];
  for (let head = 0; head < breadthFirst.length; head++) {
    const state = breadthFirst[head]!;
    for (const [sym, child] of children[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !children[f]!.has(sym)) f = fail[f]!;
      const target = state === 0 ? undefined : children[f]!.get(sym);
      fail[child] = target ?? 0;
      const via = fail[child]!;
      dict[child] = outputs[via]! >= 0 ? via : dict[via]!;
      breadthFirst.push(child);
    }
  }

  // A state's name is where its record starts.
  // Some states (after "你", "your ") have dozens or hundreds of edges; a row indexed by symbol
  // answers them in one read, where a search over sorted edges took about a tenth of the screen.
  const hasRow = (state: number) => state !== 0 && children[state]!.size > LINEAR_EDGES;
  const rowLength = (state: number) => Math.max(...children[state]!.keys()) + 1;
  const order = recordOrder(children, breadthFirst);
  const at = new Int32Array(states);
  let size = 0;
  let rows = 0;
  for (const state of order) {
    at[state] = size;
    size += HEADER + (hasRow(state) ? 1 : 2 * children[state]!.size);
    if (hasRow(state)) rows += rowLength(state);
  }
  const nodes = new Int32Array(size);
  const dense = new Int32Array(rows);
  const rootNext = new Int32Array(symbols);
  for (const [sym, child] of children[0]!) rootNext[sym] = at[child]!;
  const named = (state: number) => (state < 0 ? -1 : at[state]!);
  rows = 0;
  for (const state of order) {
    const record = at[state]!;
    const edges = [...children[state]!].sort((a, b) => a[0] - b[0]);
    if (hasRow(state)) {
      const row = rows;
      rows += rowLength(state);
      nodes[record + COUNT] = -1 - row;
      nodes[record + ROW_LENGTH] = rowLength(state);
      for (const [sym, child] of edges) dense[row + sym] = at[child]!;
    } else {
      nodes[record + COUNT] = edges.length;
      edges.forEach(([sym, child], e) => {
        nodes[record + HEADER + 2 * e] = sym;
        nodes[record + HEADER + 2 * e + 1] = at[child]!;
      });
    }
    nodes[record + FAIL] = at[fail[state]!]!;
    nodes[record + REPORT] = named(outputs[state]! >= 0 ? state : dict[state]!);
    nodes[record + OUTPUT] = outputs[state]!;
    nodes[record + DICT] = named(dict[state]!);
  }
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  return { alphabet, rootNext, nodes, dense, patternLength };
}

/** Matches found by a scan: (pattern id, end index exclusive) pairs in `pairs`, `count` of them. */
export interface Matches {
  pairs: Int32Array;
  count: number;
}

/** An empty match list to scan into; reusable across scans. */
export function emptyMatches(): Matches {
  return { pairs: new Int32Array(256), count: 0 };
}

/**
 * Finds every occurrence of every pattern, in end order, into `matches` (cleared first; its array
 * grows as needed). A list rather than a callback keeps this loop small enough for the compiler to
 * optimise on its own, whatever the caller does with each match.
 */
export function scanAutomaton(
  automaton: Automaton,
  units: Uint16Array,
  length: number,
  matches: Matches,
): void {
  const { alphabet, rootNext, nodes, dense } = automaton;
  let pairs = matches.pairs;
  let count = 0;
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
      const edges = nodes[state + COUNT]!;
      let next = 0;
      if (edges < 0) {
        if (sym < nodes[state + ROW_LENGTH]!) next = dense[-1 - edges + sym]!;
      } else {
        // Most states have one or two edges, and none without a dense row has more than LINEAR_EDGES.
        const end = state + HEADER + 2 * edges;
        for (let e = state + HEADER; e < end; e += 2) {
          if (nodes[e] === sym) {
            next = nodes[e + 1]!;
            break;
          }
        }
      }
      if (next !== 0) {
        state = next;
        break;
      }
      state = nodes[state + FAIL]!;
    }
    for (let s = nodes[state + REPORT]!; s >= 0; s = nodes[s + DICT]!) {
      if (count * 2 === pairs.length) {
        const grown = new Int32Array(pairs.length * 2);
        grown.set(pairs);
        pairs = grown;
      }
      pairs[count * 2] = nodes[s + OUTPUT]!;
      pairs[count * 2 + 1] = i + 1;
      count++;
    }
  }
  matches.pairs = pairs;
  matches.count = count;
}
