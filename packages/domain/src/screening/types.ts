import type { AbuseModelData } from "./abuse-model.js";

/** The kinds of abusive content the screen reports, one per finding. */
export type Category =
  | "threat"
  | "insult"
  | "obscenity"
  | "false_legal_claim"
  | "impersonation"
  | "third_party_disclosure"
  | "privacy_exposure";

/** Every category, in a fixed order for reports and validation. */
export const CATEGORIES: readonly Category[] = [
  "threat",
  "insult",
  "obscenity",
  "false_legal_claim",
  "impersonation",
  "third_party_disclosure",
  "privacy_exposure",
];

/** How strongly one finding counts: `block` stops the message, `review` sends it to a person. */
export type Severity = "block" | "review";

/** The answer for one message: stop it, ask a person, or let it through. */
export type Verdict = "block" | "review" | "allow";

/** One matched span; `start`/`end` are UTF-16 indices into the original text so a UI can highlight it. */
export interface Finding {
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  match: string;
  rule: string;
}

/** A screened message: the verdict and every finding that produced it. */
export interface Screened {
  ok: true;
  verdict: Verdict;
  findings: Finding[];
}

/** A message the screen refused to read, as a value so callers answer with a clear error. */
export interface ScreenRefused {
  ok: false;
  code: "TEXT_TOO_LONG";
  message: string;
  limit: number;
  length: number;
}

/** What `screenMessage` returns. */
export type ScreenResult = Screened | ScreenRefused;

/** A named list of terms that share a category and severity; the unit both the shipped data and supervisors add. */
export interface TermGroup {
  rule: string;
  category: Category;
  severity: Severity;
  terms: readonly string[];
}

/** Phrases harmless alone and abusive together: one term of every group within `window` normalised characters. */
export interface ContextRule {
  rule: string;
  category: Category;
  severity: Severity;
  window: number;
  groups: readonly (readonly string[])[];
  /**
   * The claim is made with a negation ("孩子就不能考公", "can't guarantee your boss won't hear"):
   * one inside the span is part of it, and only one before the span makes it a promise.
   */
  negativeClaim?: boolean;
  /**
   * Every cue must stand in one sentence ("this is Sarah from the Small Claims Court", not "it's
   * Dan from the branch. The small claims court hearing was postponed").
   */
  sameSentence?: boolean;
}

/** The lexicon as versioned data, so a change to what is screened is a reviewed, recorded change. */
export interface LexiconData {
  version: string;
  terms: readonly TermGroup[];
  contextRules: readonly ContextRule[];
  /** Legitimate collection language; a finding that begins inside one of these is dropped. */
  allow: readonly string[];
  /** Words that, just before a finding in the same clause, turn it from a statement into a promise not to. */
  negations: readonly string[];
  /** Words that, after such a promise in the same sentence, make it a threat again ("…除非你继续装死"). */
  unless: readonly string[];
  /**
   * Words that put what follows in someone else's mouth (您反映, "you reported that", "the agent who
   * told you"): after one, in a message that also answers it (`redress`), a finding is a complaint
   * or scam being reported and handled, so it goes to a person rather than blocking.
   */
  reported: readonly string[];
  /** Words of a sender handling a complaint or warning of a scam (调查, 道歉, "we are investigating"). */
  redress: readonly string[];
  /**
   * Words that state what others may or may not do ("debt collectors may not", 催收人员不得, "under
   * federal law"): a rights explainer, a policy or a script describes conduct rather than doing it,
   * so a finding after one is reported with or without a redress word.
   */
  norms?: readonly string[];
  /**
   * Kinds of text about collection rather than collection itself (合规提示, 质检报告, 法律常识,
   * "Training:", "QA finding:", "Know your rights"): named in the message's leading header, every
   * finding in the message is reported.
   */
  genres?: readonly string[];
  /**
   * Words that praise a collection tactic's effect ("works every time", 一听就怕): a header naming the
   * text's kind ("Team lead tip:", 组长教新人的话术：) does not make a message holding one a report, since
   * it teaches the tactic rather than warns against it.
   */
  endorsements?: readonly string[];
  /**
   * Authorities no collector may write as: one named in the message's leading sender tag
   * (【XX市中级人民法院】, "NOTICE FROM THE DISTRICT COURT:") claims the message comes from it.
   */
  senders?: readonly string[];
  /** A trained model that sends to review what no term or rule caught; absent, only the lexicon screens. */
  model?: AbuseModelData;
}
