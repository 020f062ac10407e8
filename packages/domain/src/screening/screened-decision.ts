import type { ContactDecision } from "../policy/decision.js";
import { evaluateContact } from "../policy/evaluate-contact.js";
import type { PolicyPack } from "../policy/pack-schema.js";
import type { ContactScenario } from "../policy/scenario-schema.js";
import { jurisdictions } from "../records/vocabulary.js";
import { applyScreen } from "./apply-screen.js";
import { type CompiledLexicon, compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { screenMessage } from "./screen-message.js";

/** A scenario's decision, or why its message text could not be screened (the field to name is `message.text`). */
export type ScreenedDecision = { ok: true; decision: ContactDecision } | { ok: false; message: string };

/**
 * The engine's decision for a scenario, with its message text screened as the API screens it: a blocked text
 * denies the contact, one for review defers it to a supervisor. The lexicon is asked for only when there is
 * text, so callers can compile it lazily.
 */
export function decideScreened(
  scenario: ContactScenario,
  pack: PolicyPack,
  lexicon: () => CompiledLexicon,
): ScreenedDecision {
  const decision = evaluateContact(scenario, pack);
  const text = scenario.message?.text;
  if (text === undefined) return { ok: true, decision };
  const screened = screenMessage(text, lexicon());
  if (!screened.ok) return { ok: false, message: screened.message };
  const jurisdiction = jurisdictions.find((j) => j === pack.document.jurisdiction);
  if (jurisdiction === undefined) throw new Error(`pack ${pack.id} names no known jurisdiction`);
  return { ok: true, decision: applyScreen(decision, screened, jurisdiction) };
}

/** The shipped lexicon, compiled on the first call only: scenarios without text never pay for it. */
export function defaultLexiconOnce(): () => CompiledLexicon {
  let lexicon: CompiledLexicon | undefined;
  return () => {
    lexicon ??= compileLexicon(defaultLexicon);
    return lexicon;
  };
}
