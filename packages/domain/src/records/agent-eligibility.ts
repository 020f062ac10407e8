import type { ContactDecision } from "../policy/decision.js";

/**
 * A collector whose training certification has lapsed (or was never recorded)
 * may not contact anyone: the engine's answer becomes a denial that says so.
 */
export function agentEligibility(
  decision: ContactDecision,
  certifiedUntil: string | null,
  at: string,
): ContactDecision {
  if (certifiedUntil !== null && certifiedUntil > at) return decision;
  return {
    ...decision,
    decision: "deny",
    nextAllowedAt: undefined,
    obligations: [],
    reasons: [
      ...decision.reasons,
      {
        kind: "agent",
        rule: "agent-certification",
        citation: "CN-GBT-OVERSIGHT",
        message: {
          en: certifiedUntil
            ? `the collector's training certification lapsed at ${certifiedUntil}`
            : "the collector has no training certification",
          zh: certifiedUntil ? `催收员培训资质已于 ${certifiedUntil} 过期` : "催收员没有培训资质记录",
        },
      },
    ],
  };
}
