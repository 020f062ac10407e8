import type { ContactDecision, Reason } from "../policy/decision.js";
import type { Jurisdiction } from "../records/vocabulary.js";
import type { Category, Screened } from "./types.js";

/**
 * The regulation each finding breaks, per jurisdiction. The US ids name the
 * FDCPA sections (1692d harassment, 1692e false representation, 1692c(b)
 * third parties) that shared/rules.md §4 points to without a catalogue id.
 */
const citations: Record<Jurisdiction, Record<Category, string>> = {
  CN: {
    threat: "CN-NIFA-NO-THREATS",
    insult: "CN-NIFA-NO-THREATS",
    obscenity: "CN-NIFA-NO-THREATS",
    false_legal_claim: "CN-CBA-REDLINES",
    impersonation: "CN-CBA-IDENTIFY",
    third_party_disclosure: "CN-GBT-CONTACT-DISCLOSE",
    privacy_exposure: "CN-CBA-REDLINES",
  },
  US: {
    threat: "US-FDCPA-1692D",
    insult: "US-FDCPA-1692D",
    obscenity: "US-FDCPA-1692D",
    false_legal_claim: "US-FDCPA-1692E",
    impersonation: "US-FDCPA-1692E",
    third_party_disclosure: "US-REGF-3P",
    privacy_exposure: "US-REGF-SOCIAL",
  },
};

const categoryNames: Record<Category, { zh: string; en: string }> = {
  threat: { zh: "威胁", en: "a threat" },
  insult: { zh: "辱骂", en: "an insult" },
  obscenity: { zh: "污言秽语", en: "obscenity" },
  false_legal_claim: { zh: "虚假法律后果", en: "a false legal claim" },
  impersonation: { zh: "冒充公检法或律师", en: "impersonation of an authority" },
  third_party_disclosure: { zh: "向第三方透露债务", en: "disclosure of the debt to a third party" },
  privacy_exposure: { zh: "曝光隐私", en: "exposure of private information" },
};

/**
 * Folds the screen's verdict into a contact decision: a blocked message denies
 * the contact with one `content` reason per finding, naming the category and
 * the span; a message for review defers it until a supervisor approves, which
 * no clock can name. A clean message changes nothing.
 */
export function applyScreen(
  decision: ContactDecision,
  screened: Screened,
  jurisdiction: Jurisdiction,
): ContactDecision {
  if (screened.verdict === "allow") return decision;
  const reasons: Reason[] = screened.findings.map((f) => ({
    kind: "content",
    rule: `screen-${f.category.replaceAll("_", "-")}`,
    citation: citations[jurisdiction][f.category],
    message: {
      en: `the message contains ${categoryNames[f.category].en} at characters ${f.start}–${f.end}`,
      zh: `消息第 ${f.start}–${f.end} 个字符含有${categoryNames[f.category].zh}`,
    },
  }));
  if (screened.verdict === "block") {
    return {
      ...decision,
      decision: "deny",
      nextAllowedAt: undefined,
      obligations: [],
      reasons: [...decision.reasons, ...reasons],
    };
  }
  if (decision.decision === "deny") return { ...decision, reasons: [...decision.reasons, ...reasons] };
  return {
    ...decision,
    decision: "defer",
    nextAllowedAt: undefined,
    reasons: [...decision.reasons, ...reasons],
  };
}
