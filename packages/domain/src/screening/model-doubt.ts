import { type AbuseModel, maxChunkScore } from "./abuse-model.js";
import type { NormalizedText } from "./normalize-text.js";
import type { Category, Finding } from "./types.js";

/**
 * How far below its review threshold the abuse model must score a whole message (its highest
 * chunk) before a block the lexicon made is doubted. Chosen on the first passes of rounds r18–r30
 * (2,600 messages, each screened by the lexicon and model of its day before it joined the corpus):
 * at 0.6 a doubt sent 24 of the 63 legitimate messages the lexicon blocked to review and 1 of the
 * 1,057 abusive ones it blocked (at 0.5: 26 and 3; at 0.3: 33 and 13). Checked unchanged on r31–r34:
 * 3 of 8 legitimate blocks to review, none of 327 abusive. Scoring the finding's own sentence as
 * well, against a neutral sentence diluting an abusive one in its chunk, kept fewer legitimate
 * messages from a block for each abusive one it kept blocked: the sentence holding the finding
 * is where the reported or negated words are.
 */
export const DOUBT_MARGIN = 0.6;

/**
 * The categories the model may doubt: their words (jail, arrest, your family, your employer,
 * posting photos) are also the words of texts about abuse, such as rights explainers, news,
 * reassurances, replies to complaints and court-ordered garnishment. Insults and obscenities
 * need no context to be abusive. Threats and false authorities are often written politely or in
 * a regulator's register, which the model reads as legitimate: on the first passes its doubts
 * there fell on veiled threats and notices in a regulator's name.
 */
const DOUBTABLE: ReadonlySet<Category> = new Set([
  "false_legal_claim",
  "third_party_disclosure",
  "privacy_exposure",
]);

/**
 * Whether the model doubts a block: every finding is of a category it may doubt and none is a
 * promise taken back, and no chunk of the message reads like abuse to the model, by a clear
 * margin. The lexicon's blocks on legitimate text are mostly words of abuse in a text about abuse
 * (news, replies to complaints, reassurances, court-ordered garnishment), which the model, reading
 * every n-gram, scores as the legitimate texts it was trained on. A doubted block goes to a
 * person, never through unread; a message too short to score is not doubted.
 */
export function doubtsBlock(
  model: AbuseModel,
  findings: readonly Finding[],
  normalized: NormalizedText,
): boolean {
  // A promise taken back on a condition of payment (":unless") is coercion by its structure alone.
  if (findings.some((f) => !DOUBTABLE.has(f.category) || f.rule.endsWith(":unless"))) return false;
  const score = maxChunkScore(model, normalized.units, normalized.length);
  return score !== undefined && score < model.threshold - DOUBT_MARGIN;
}
