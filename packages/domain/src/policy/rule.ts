import type { Bilingual, Obligation } from "./decision.js";
import type { ContactScenario } from "./scenario-schema.js";
import type { ZoneCalendar } from "./time/zone-calendar.js";
import type { ReasonKind } from "./vocabulary.js";

/** What a rule sees: the scenario and the borrower's calendar, built once per decision. */
export interface EvalContext {
  readonly scenario: ContactScenario;
  readonly calendar: ZoneCalendar;
}

/**
 * A matched rule. `retryAt` (epoch ms) is the first instant this rule alone would allow; a deferral without it
 * waits for an event. A rule may name a narrower citation than its default (e.g. the ambiguous-zone clause).
 */
export interface Block {
  effect: "deny" | "defer";
  retryAt?: number;
  message: Bilingual;
  citation?: string;
}

/** A pack rule bound to its numbers, ready to run at any instant. */
export interface CompiledRule {
  readonly id: string;
  readonly kind: ReasonKind;
  readonly citation: string;
  /** Checks the contact as if attempted at `at` (epoch ms); `undefined` means this rule allows it. */
  check(ctx: EvalContext, at: number): Block | undefined;
  /** What an allowed contact must carry because of this rule, if anything. */
  obligation?(ctx: EvalContext): Obligation | undefined;
  /** For a cap: how many counted contacts the window ending on the day of `at` holds, of how many allowed. */
  usage?(ctx: EvalContext, at: number): CapUsage | undefined;
}

/** How full one cap is for one contact, for planning screens; the decision itself never reads it. */
export interface CapUsage {
  limit: number;
  used: number;
  windowDays: number;
}
