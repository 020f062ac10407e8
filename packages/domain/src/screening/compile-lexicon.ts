import { type AbuseModel, decodeModel } from "./abuse-model.js";
import { type Automaton, buildAutomaton } from "./aho-corasick.js";
import { type CharTable, charTable } from "./char-table.js";
import { normalizedString, normalizeText } from "./normalize-text.js";
import { termVariants } from "./term-variants.js";
import type { ContextRule, LexiconData, TermGroup } from "./types.js";

/** What one normalised pattern stands for; several lexicon entries may share a pattern. */
export interface PatternUse {
  /** Indexes into `CompiledLexicon.groups`. */
  groups: number[];
  /**
   * The context rules this pattern is a cue for, flat: rule index, group index, rule index, …
   * (the scan reads them for every match; pairs as arrays cost an iterator and a tuple each).
   */
  cues: number[];
  allow: boolean;
  negation: boolean;
  unless: boolean;
  reported: boolean;
  redress: boolean;
  /** A statement of what others may do (`LexiconData.norms`). */
  norm: boolean;
  /** A kind of text about collection, when it stands in the leading header (`LexiconData.genres`). */
  genre: boolean;
  /** Praise of a tactic's effect (`LexiconData.endorsements`): the genre header no longer reports. */
  endorsement: boolean;
  /** An authority that, inside the message's leading sender tag, is impersonated. */
  sender: boolean;
}

/** `CompiledLexicon.bounds` bits: the pattern starts (ends) with a Latin letter or digit that must sit on a word boundary. */
export const BOUNDED_START = 1;
export const BOUNDED_END = 2;

/** A lexicon ready to screen with: one automaton over every term, cue, allow phrase, negation, unless and reporting word. */
export interface CompiledLexicon {
  version: string;
  extraTermCount: number;
  groups: readonly TermGroup[];
  /** The group a sender-tag authority finding reports as, or -1 when the lexicon lists none. */
  senderGroup: number;
  contextRules: readonly ContextRule[];
  automaton: Automaton;
  uses: readonly PatternUse[];
  /**
   * Each pattern's BOUNDED_START and BOUNDED_END: about a third of matches fail the word-boundary
   * check, and this lets them fail without the pattern's PatternUse being read.
   */
  bounds: Uint8Array;
  table: CharTable;
  model: AbuseModel | undefined;
  /** Entries that normalise to nothing (only punctuation or emoji) and so can never match. */
  rejected: readonly string[];
}

const WORD_EDGE = /[a-z0-9*]/;

/**
 * Compiles the shipped lexicon plus any supervisor-added groups into one automaton; terms go
 * through the same normaliser as messages, so "老-賴" in the data matches "老赖" in a message.
 */
export function compileLexicon(base: LexiconData, extraTerms: readonly TermGroup[] = []): CompiledLexicon {
  const table = charTable();
  const groups = [...base.terms, ...extraTerms];
  const index = new Map<string, number>();
  const patterns: string[] = [];
  const uses: PatternUse[] = [];
  const rejected: string[] = [];

  const use = (pattern: string): PatternUse => {
    let id = index.get(pattern);
    if (id === undefined) {
      id = patterns.length;
      index.set(pattern, id);
      patterns.push(pattern);
      uses.push({
        groups: [],
        cues: [],
        allow: false,
        negation: false,
        unless: false,
        reported: false,
        redress: false,
        norm: false,
        genre: false,
        endorsement: false,
        sender: false,
      });
    }
    return uses[id]!;
  };
  const normalize = (entry: string): string | undefined => {
    const pattern = normalizedString(normalizeText(entry, table));
    if (pattern === "") rejected.push(entry);
    return pattern === "" ? undefined : pattern;
  };

  groups.forEach((group, g) => {
    for (const term of group.terms) {
      const pattern = normalize(term);
      if (pattern === undefined) continue;
      for (const variant of termVariants(pattern, group.category)) {
        const entry = use(variant);
        if (!entry.groups.includes(g)) entry.groups.push(g);
      }
    }
  });
  base.contextRules.forEach((rule, r) => {
    rule.groups.forEach((cues, g) => {
      for (const cue of cues) {
        const pattern = normalize(cue);
        if (pattern !== undefined) use(pattern).cues.push(r, g);
      }
    });
  });
  for (const phrase of base.allow) {
    const pattern = normalize(phrase);
    if (pattern !== undefined) use(pattern).allow = true;
  }
  for (const word of base.negations) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).negation = true;
  }
  for (const word of base.unless) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).unless = true;
  }
  for (const word of base.reported) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).reported = true;
  }
  for (const word of base.redress) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).redress = true;
  }
  for (const word of base.norms ?? []) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).norm = true;
  }
  for (const word of base.genres ?? []) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).genre = true;
  }
  for (const word of base.endorsements ?? []) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).endorsement = true;
  }

  const senders = base.senders ?? [];
  for (const word of senders) {
    const pattern = normalize(word);
    if (pattern !== undefined) use(pattern).sender = true;
  }
  const senderGroup = senders.length === 0 ? -1 : groups.length;
  if (senderGroup >= 0) {
    groups.push({
      rule: "authority-as-sender",
      category: "impersonation",
      severity: "block",
      terms: senders,
    });
  }

  const extraTermCount = extraTerms.reduce((sum, group) => sum + group.terms.length, 0);
  return {
    version: extraTermCount === 0 ? base.version : `${base.version}+${extraTermCount}`,
    extraTermCount,
    groups,
    senderGroup,
    contextRules: base.contextRules,
    automaton: buildAutomaton(patterns),
    uses,
    bounds: Uint8Array.from(
      patterns,
      (pattern) =>
        (WORD_EDGE.test(pattern.charAt(0)) ? BOUNDED_START : 0) |
        (WORD_EDGE.test(pattern.charAt(pattern.length - 1)) ? BOUNDED_END : 0),
    ),
    table,
    model: base.model === undefined ? undefined : decodeModel(base.model),
    rejected,
  };
}
