import type { LexiconData } from "../types.js";
import { allowPhrases, negationWords } from "./v1-allow.js";
import { enTerms } from "./v1-en.js";
import { contextRules } from "./v1-rules.js";
import { zhTerms } from "./v1-zh.js";

/** The shipped lexicon; bump `version` on every change so screens and their records name what they ran. */
export const defaultLexicon: LexiconData = {
  version: "1.0.0",
  terms: [...zhTerms, ...enTerms],
  contextRules,
  allow: allowPhrases,
  negations: negationWords,
};
