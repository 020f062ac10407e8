import type { LexiconData } from "../types.js";
import { abuseModelWeights } from "./abuse-model-weights.js";
import { allowPhrases, negationWords } from "./v1-allow.js";
import { enTerms } from "./v1-en.js";
import { contextRules } from "./v1-rules.js";
import { zhTerms } from "./v1-zh.js";
import { allowPhrasesV2, negationWordsV2 } from "./v2-allow.js";
import { enTermsV2 } from "./v2-en.js";
import { contextRulesV2 } from "./v2-rules.js";
import { zhTermsV2 } from "./v2-zh.js";
import { allowPhrasesV3, negationWordsV3, unlessWords } from "./v3-allow.js";
import { enTermsV3 } from "./v3-en.js";
import { contextRulesV3 } from "./v3-rules.js";
import { zhTermsV3 } from "./v3-zh.js";
import { allowPhrasesV4, negationWordsV4, redressWords, reportedWords } from "./v4-allow.js";
import { contextRulesV4 } from "./v4-rules.js";
import { allowPhrasesV5, redressWordsV5, reportedWordsV5 } from "./v5-allow.js";
import { contextRulesV5 } from "./v5-rules.js";
import {
  allowPhrasesV6,
  negationWordsV6,
  redressWordsV6,
  reportedWordsV6,
  senderAuthorities,
} from "./v6-allow.js";
import { contextRulesV6 } from "./v6-rules.js";
import { termsV6 } from "./v6-terms.js";
import { allowPhrasesV7, redressWordsV7, reportedWordsV7, senderAuthoritiesV7 } from "./v7-allow.js";
import { contextRulesV7 } from "./v7-rules.js";
import { termsV7 } from "./v7-terms.js";
import {
  allowPhrasesV8,
  genreWordsV8,
  negationWordsV8,
  normWordsV8,
  redressWordsV8,
  reportedWordsV8,
} from "./v8-allow.js";
import { contextRulesV8 } from "./v8-rules.js";
import { allowPhrasesV9, negationWordsV9 } from "./v9-allow.js";
import { contextRulesV9 } from "./v9-rules.js";
import {
  allowPhrasesV10,
  genreWordsV10,
  normWordsV10,
  redressWordsV10,
  reportedWordsV10,
} from "./v10-allow.js";
import { contextRulesV10 } from "./v10-rules.js";
import { termsV10 } from "./v10-terms.js";
import { allowPhrasesV11, negationWordsV11, redressWordsV11, reportedWordsV11 } from "./v11-allow.js";
import { contextRulesV11 } from "./v11-rules.js";
import { termsV11 } from "./v11-terms.js";
import { allowPhrasesV12, genreWordsV12, negationWordsV12, normWordsV12 } from "./v12-allow.js";
import { contextRulesV12 } from "./v12-rules.js";
import { termsV12 } from "./v12-terms.js";
import { allowPhrasesV13, genreWordsV13, senderAuthoritiesV13 } from "./v13-allow.js";
import { contextRulesV13 } from "./v13-rules.js";
import { termsV13 } from "./v13-terms.js";
import { allowPhrasesV14, senderAuthoritiesV14 } from "./v14-allow.js";
import { contextRulesV14 } from "./v14-rules.js";
import { termsV14 } from "./v14-terms.js";
import { normWordsV15 } from "./v15-allow.js";
import { contextRulesV15 } from "./v15-rules.js";
import { termsV15 } from "./v15-terms.js";
import { genreWordsV16 } from "./v16-allow.js";
import { contextRulesV16 } from "./v16-rules.js";
import { termsV16 } from "./v16-terms.js";
import { allowPhrasesV17, negationWordsV17, redressWordsV17 } from "./v17-allow.js";
import { contextRulesV17 } from "./v17-rules.js";
import { termsV17 } from "./v17-terms.js";
import { allowPhrasesV18, genreWordsV18, negationWordsV18 } from "./v18-allow.js";
import { contextRulesV18 } from "./v18-rules.js";
import { termsV18 } from "./v18-terms.js";
import {
  genreWordsV19,
  negationWordsV19,
  normWordsV19,
  redressWordsV19,
  reportedWordsV19,
  senderAuthoritiesV19,
} from "./v19-allow.js";
import { contextRulesV19 } from "./v19-rules.js";
import { termsV19 } from "./v19-terms.js";
import { allowPhrasesV20, genreWordsV20, senderAuthoritiesV20 } from "./v20-allow.js";
import { contextRulesV20 } from "./v20-rules.js";
import { termsV20 } from "./v20-terms.js";
import { allowPhrasesV21, endorsementWordsV21 } from "./v21-allow.js";
import { contextRulesV21 } from "./v21-rules.js";
import { termsV21 } from "./v21-terms.js";
import { allowPhrasesV22 } from "./v22-allow.js";
import { contextRulesV22 } from "./v22-rules.js";
import { termsV22 } from "./v22-terms.js";
import { senderAuthoritiesV23 } from "./v23-allow.js";
import { contextRulesV23 } from "./v23-rules.js";
import { termsV23 } from "./v23-terms.js";
import { allowPhrasesV25, genreWordsV25, senderAuthoritiesV25 } from "./v25-allow.js";
import { contextRulesV25 } from "./v25-rules.js";
import { termsV25 } from "./v25-terms.js";
import { allowPhrasesV26, genreWordsV26 } from "./v26-allow.js";
import { contextRulesV26 } from "./v26-rules.js";
import { termsV26 } from "./v26-terms.js";
import { allowPhrasesV27, genreWordsV27, negationWordsV27, redressWordsV27 } from "./v27-allow.js";
import { contextRulesV27 } from "./v27-rules.js";
import { termsV27 } from "./v27-terms.js";
import { allowPhrasesV28, negationWordsV28, normWordsV28 } from "./v28-allow.js";
import { contextRulesV28 } from "./v28-rules.js";
import { termsV28 } from "./v28-terms.js";
import { allowPhrasesV29, genreWordsV29, senderAuthoritiesV29 } from "./v29-allow.js";
import { contextRulesV29 } from "./v29-rules.js";
import { termsV29 } from "./v29-terms.js";
import { allowPhrasesV30, redressWordsV30, reportedWordsV30 } from "./v30-allow.js";
import { contextRulesV30 } from "./v30-rules.js";
import { termsV30 } from "./v30-terms.js";
import { allowPhrasesV31, negationWordsV31, senderAuthoritiesV31 } from "./v31-allow.js";
import { contextRulesV31 } from "./v31-rules.js";
import { termsV31 } from "./v31-terms.js";
import { allowPhrasesV32, genreWordsV32, negationWordsV32, redressWordsV32 } from "./v32-allow.js";
import { contextRulesV32 } from "./v32-rules.js";
import { termsV32 } from "./v32-terms.js";

/** The shipped lexicon; bump `version` on every change so screens and their records name what they ran. */
export const defaultLexicon: LexiconData = {
  version: "1.31.0",
  terms: [
    ...zhTerms,
    ...zhTermsV2,
    ...zhTermsV3,
    ...enTerms,
    ...enTermsV2,
    ...enTermsV3,
    ...termsV6,
    ...termsV7,
    ...termsV10,
    ...termsV11,
    ...termsV12,
    ...termsV13,
    ...termsV14,
    ...termsV15,
    ...termsV16,
    ...termsV17,
    ...termsV18,
    ...termsV19,
    ...termsV20,
    ...termsV21,
    ...termsV22,
    ...termsV23,
    ...termsV25,
    ...termsV26,
    ...termsV27,
    ...termsV28,
    ...termsV29,
    ...termsV30,
    ...termsV31,
    ...termsV32,
  ],
  contextRules: [
    ...contextRules,
    ...contextRulesV2,
    ...contextRulesV3,
    ...contextRulesV4,
    ...contextRulesV5,
    ...contextRulesV6,
    ...contextRulesV7,
    ...contextRulesV8,
    ...contextRulesV9,
    ...contextRulesV10,
    ...contextRulesV11,
    ...contextRulesV12,
    ...contextRulesV13,
    ...contextRulesV14,
    ...contextRulesV15,
    ...contextRulesV16,
    ...contextRulesV17,
    ...contextRulesV18,
    ...contextRulesV19,
    ...contextRulesV20,
    ...contextRulesV21,
    ...contextRulesV22,
    ...contextRulesV23,
    ...contextRulesV25,
    ...contextRulesV26,
    ...contextRulesV27,
    ...contextRulesV28,
    ...contextRulesV29,
    ...contextRulesV30,
    ...contextRulesV31,
    ...contextRulesV32,
  ],
  allow: [
    ...allowPhrases,
    ...allowPhrasesV2,
    ...allowPhrasesV3,
    ...allowPhrasesV4,
    ...allowPhrasesV5,
    ...allowPhrasesV6,
    ...allowPhrasesV7,
    ...allowPhrasesV8,
    ...allowPhrasesV9,
    ...allowPhrasesV10,
    ...allowPhrasesV11,
    ...allowPhrasesV12,
    ...allowPhrasesV13,
    ...allowPhrasesV14,
    ...allowPhrasesV17,
    ...allowPhrasesV18,
    ...allowPhrasesV20,
    ...allowPhrasesV21,
    ...allowPhrasesV22,
    ...allowPhrasesV25,
    ...allowPhrasesV26,
    ...allowPhrasesV27,
    ...allowPhrasesV28,
    ...allowPhrasesV29,
    ...allowPhrasesV30,
    ...allowPhrasesV31,
    ...allowPhrasesV32,
  ],
  negations: [
    ...negationWords,
    ...negationWordsV2,
    ...negationWordsV3,
    ...negationWordsV4,
    ...negationWordsV6,
    ...negationWordsV8,
    ...negationWordsV9,
    ...negationWordsV11,
    ...negationWordsV12,
    ...negationWordsV17,
    ...negationWordsV18,
    ...negationWordsV19,
    ...negationWordsV27,
    ...negationWordsV28,
    ...negationWordsV31,
    ...negationWordsV32,
  ],
  unless: unlessWords,
  reported: [
    ...reportedWords,
    ...reportedWordsV5,
    ...reportedWordsV6,
    ...reportedWordsV7,
    ...reportedWordsV8,
    ...reportedWordsV10,
    ...reportedWordsV11,
    ...reportedWordsV19,
    ...reportedWordsV30,
  ],
  redress: [
    ...redressWords,
    ...redressWordsV5,
    ...redressWordsV6,
    ...redressWordsV7,
    ...redressWordsV8,
    ...redressWordsV10,
    ...redressWordsV11,
    ...redressWordsV17,
    ...redressWordsV19,
    ...redressWordsV27,
    ...redressWordsV30,
    ...redressWordsV32,
  ],
  norms: [
    ...normWordsV8,
    ...normWordsV10,
    ...normWordsV12,
    ...normWordsV15,
    ...normWordsV19,
    ...normWordsV28,
  ],
  genres: [
    ...genreWordsV8,
    ...genreWordsV10,
    ...genreWordsV12,
    ...genreWordsV13,
    ...genreWordsV16,
    ...genreWordsV18,
    ...genreWordsV19,
    ...genreWordsV20,
    ...genreWordsV25,
    ...genreWordsV26,
    ...genreWordsV27,
    ...genreWordsV29,
    ...genreWordsV32,
  ],
  endorsements: endorsementWordsV21,
  senders: [
    ...senderAuthorities,
    ...senderAuthoritiesV7,
    ...senderAuthoritiesV13,
    ...senderAuthoritiesV14,
    ...senderAuthoritiesV19,
    ...senderAuthoritiesV20,
    ...senderAuthoritiesV23,
    ...senderAuthoritiesV25,
    ...senderAuthoritiesV29,
    ...senderAuthoritiesV31,
  ],
  model: abuseModelWeights,
};
