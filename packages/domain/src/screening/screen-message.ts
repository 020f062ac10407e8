import { scanAutomaton } from "./aho-corasick.js";
import type { CompiledLexicon } from "./compile-lexicon.js";
import { type CueHit, findContext } from "./context-rules.js";
import { isNegated } from "./negation.js";
import { type NormalizedText, normalizeTextInto } from "./normalize-text.js";
import type { Finding, ScreenResult, Severity, Verdict } from "./types.js";

/** Longest message screened by default; longer text is refused rather than half-read. */
export const DEFAULT_MAX_LENGTH = 10_000;

/** Limits for one screen. */
export interface ScreenOptions {
  maxLength?: number;
}

interface Span {
  start: number;
  end: number;
}

interface Candidate extends Span {
  group: number;
  context: number;
}

function isWordUnit(unit: number | undefined): boolean {
  return (
    unit !== undefined && ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2a)
  );
}

// A finding that begins inside legitimate language is part of it ("其他欠款" is not "他欠";
// "依法向人民法院提起民事诉讼" is not a court threat); one that merely ends in it is not excused.
function startsInside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => other.start <= span.start && span.start < other.end);
}

/** The verdict findings add up to: any block blocks, else any review reviews. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "block")) return "block";
  return findings.length > 0 ? "review" : "allow";
}

// Keeps the widest of nested findings of one category ("fuck" inside "fucking"); a review-level
// finding never hides a block-level one. Sorted by start, then longest first, so one sweep does.
function dropNested(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const blockEnd = new Map<string, number>();
  const anyEnd = new Map<string, number>();
  return sorted.filter((f) => {
    const covered =
      (blockEnd.get(f.category) ?? -1) >= f.end ||
      (f.severity === "review" && (anyEnd.get(f.category) ?? -1) >= f.end);
    if (covered) return false;
    anyEnd.set(f.category, Math.max(anyEnd.get(f.category) ?? -1, f.end));
    if (f.severity === "block") blockEnd.set(f.category, Math.max(blockEnd.get(f.category) ?? -1, f.end));
    return true;
  });
}

// Reused across calls: the screen reads the normalised text only until it returns, and fresh typed
// arrays per message were a third of the time at SMS size. Output never depends on the old contents.
const MAX_SCRATCH = 1 << 16;
let scratch: NormalizedText = {
  units: new Uint16Array(1024),
  length: 0,
  start: new Int32Array(1024),
  end: new Int32Array(1024),
};

/**
 * Screens one message before it is sent (or one transcript after a call): normalises it, matches
 * every term, cue, allow phrase and negation in one pass, and answers with findings whose offsets
 * point into `text` as written.
 */
export function screenMessage(
  text: string,
  lexicon: CompiledLexicon,
  options: ScreenOptions = {},
): ScreenResult {
  const limit = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > limit) {
    return {
      ok: false,
      code: "TEXT_TOO_LONG",
      message: `text is ${text.length} characters, more than the limit of ${limit}`,
      limit,
      length: text.length,
    };
  }
  const normalized = normalizeTextInto(text, lexicon.table, scratch);
  if (normalized.units.length > scratch.units.length && normalized.units.length <= MAX_SCRATCH)
    scratch = normalized;
  const { units, length } = normalized;
  const terms: Candidate[] = [];
  const allowed: Span[] = [];
  const negationEnds: number[] = [];
  const cues: CueHit[][] = lexicon.contextRules.map(() => []);

  scanAutomaton(lexicon.automaton, units, length, (pattern, end) => {
    const start = end - lexicon.automaton.patternLength[pattern]!;
    const use = lexicon.uses[pattern]!;
    if (use.boundedStart && isWordUnit(units[start - 1])) return;
    if (use.boundedEnd && end < length && isWordUnit(units[end])) return;
    if (use.allow) allowed.push({ start, end });
    if (use.negation) negationEnds.push(end);
    for (const group of use.groups) terms.push({ start, end, group, context: -1 });
    for (const [rule, group] of use.cues) cues[rule]!.push({ group, start, end });
  });

  const candidates = terms.filter((term) => !startsInside(term, allowed));
  lexicon.contextRules.forEach((rule, r) => {
    const hits = cues[r]!;
    if (hits.length < rule.groups.length) return;
    const span = findContext(
      rule,
      allowed.length === 0 ? hits : hits.filter((hit) => !startsInside(hit, allowed)),
    );
    if (span !== undefined) candidates.push({ ...span, group: -1, context: r });
  });

  const findings = candidates.map((candidate): Finding => {
    const source =
      candidate.context >= 0 ? lexicon.contextRules[candidate.context]! : lexicon.groups[candidate.group]!;
    // A context finding spans several cues; a negation anywhere inside it ("your employer will not
    // be contacted") negates it as surely as one before it.
    const negated =
      isNegated(units, candidate.start, negationEnds) ||
      (candidate.context >= 0 && negationEnds.some((end) => end > candidate.start && end <= candidate.end));
    const severity: Severity = negated ? "review" : source.severity;
    const start = normalized.start[candidate.start]!;
    const end = normalized.end[candidate.end - 1]!;
    return {
      category: source.category,
      severity,
      start,
      end,
      match: text.slice(start, end),
      rule: negated ? `${source.rule}:negated` : source.rule,
    };
  });
  const kept = dropNested(findings);
  return { ok: true, verdict: verdictOf(kept), findings: kept };
}
