export type { AbuseModelData } from "./abuse-model.js";
export type { CompiledLexicon } from "./compile-lexicon.js";
export { compileLexicon } from "./compile-lexicon.js";
export { defaultLexicon } from "./lexicon/default-lexicon.js";
export type { NormalizedText } from "./normalize-text.js";
export { normalizeText } from "./normalize-text.js";
export type { ScreenOptions } from "./screen-message.js";
export { DEFAULT_MAX_LENGTH, screenMessage, verdictOf } from "./screen-message.js";
export type { FilledTemplate, MissingSlot, TemplateApproval } from "./templates.js";
export { approveTemplate, fillTemplate, templateSlots } from "./templates.js";
export type {
  Category,
  ContextRule,
  Finding,
  LexiconData,
  Screened,
  ScreenRefused,
  ScreenResult,
  Severity,
  TermGroup,
  Verdict,
} from "./types.js";
export { CATEGORIES } from "./types.js";
