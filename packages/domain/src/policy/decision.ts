import type { ReasonKind } from "./vocabulary.js";

/** A message to a person, in Chinese and English, since both packs' users read one or the other. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Why a contact was deferred or denied: the rule that matched and the regulation it implements. */
export interface Reason {
  kind: ReasonKind;
  /** The pack's own rule id (kebab-case). */
  rule: string;
  /** The catalogue id of shared/rules.md the rule implements, e.g. `US-REGF-7IN7`. */
  citation: string;
  message: Bilingual;
}

/** Something an allowed contact must carry or do, such as an opt-out notice. */
export interface Obligation {
  id: string;
  message: Bilingual;
}

/** The engine's answer: strictest rule wins, with every rule that matched and the first instant all would allow. */
export interface ContactDecision {
  decision: "allow" | "defer" | "deny";
  /** ISO-8601 UTC; absent on a deferral that only an event (a verification sent) can clear. */
  nextAllowedAt?: string;
  reasons: Reason[];
  obligations: Obligation[];
  pack: { id: string; version: string };
}
