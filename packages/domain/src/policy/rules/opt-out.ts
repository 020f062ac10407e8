// A medium the borrower opted out of is not used again, except for one confirmation that the opt-out is honoured.
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";
import { isOutbound, isSamePerson } from "./scope.js";

/**
 * Opt-outs are per medium: an SMS opt-out blocks SMS and leaves letters allowed. They are the borrower's own, so
 * `targets` names whom they protect; another person (the attorney, a contact person) keeps every medium.
 */
export const optOutRule = defineRule({
  type: "opt-out",
  kind: "opt_out",
  summary:
    "A medium the borrower opted out of is not used again, except for one confirmation of the opt-out.",
  citations: ["US-REGF-MEDIUM", "CN-PIPL-ART44-RIGHTS"],
  params: {
    confirmationPurpose: param.purposes.element,
    confirmationsAllowed: param.count,
    targets: param.targets,
  },
  tighten: { confirmationsAllowed: "at_most", targets: "superset" },
  compile(entry) {
    return {
      check({ scenario }, at) {
        const { channel } = scenario;
        if (!scenario.flags.optedOutChannels?.includes(channel)) return undefined;
        if (!entry.targets.includes(scenario.target)) return undefined;
        if (scenario.purpose === entry.confirmationPurpose) {
          let sent = 0;
          for (const past of scenario.history) {
            if (past.channel === channel && past.purpose === entry.confirmationPurpose && past.at <= at) {
              if (isOutbound(past) && isSamePerson(past, scenario)) sent++;
            }
          }
          if (sent < entry.confirmationsAllowed) return undefined;
        }
        return {
          effect: "deny",
          message: {
            en: `the borrower opted out of ${channel}`,
            zh: `借款人已要求不再通过${channel}联系`,
          },
        };
      },
    };
  },
});
