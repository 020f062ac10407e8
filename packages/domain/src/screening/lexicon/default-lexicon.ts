import type { LexiconData } from "../types.js";
import { allowPhrases, negationWords } from "./v1-allow.js";
import { enTerms } from "./v1-en.js";
import { contextRules } from "./v1-rules.js";
import { zhTerms } from "./v1-zh.js";
import { allowPhrasesV2, negationWordsV2 } from "./v2-allow.js";
import { enTermsV2 } from "./v2-en.js";
import { contextRulesV2 } from "./v2-rules.js";
import { zhTermsV2 } from "./v2-zh.js";

/** The shipped lexicon; bump `version` on every change so screens and their records name what they ran. */
export const defaultLexicon: LexiconData = {
  version: "1.1.0",
  terms: [...zhTerms, ...zhTermsV2, ...enTerms, ...enTermsV2],
  contextRules: [...contextRules, ...contextRulesV2],
  allow: [...allowPhrases, ...allowPhrasesV2],
  negations: [...negationWords, ...negationWordsV2],
};
