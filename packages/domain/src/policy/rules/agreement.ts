// Agencies act and data leaves the lender only under an entrustment contract, never further without consent, and
// only once the debtor has been told the case went out.
import { defineRule } from "../define-rule.js";
import type { ContactScenario } from "../scenario-schema.js";
import { param } from "./params.js";

/** Whether an agency shares the case's data with a different agency. */
function isHandOverToAgency(scenario: ContactScenario): boolean {
  const { actor, recipient } = scenario;
  return (
    scenario.channel === "data_share" &&
    actor.startsWith("agency:") &&
    recipient?.startsWith("agency:") === true &&
    recipient !== actor
  );
}

/** An agency contact, or a data share, needs an entrustment contract on file. */
export const entrustmentRule = defineRule({
  type: "entrustment",
  kind: "agreement",
  summary: "An agency contact, or a data share, needs an entrustment contract on file.",
  citations: ["CN-PIPL-ART21-ENTRUST"],
  params: { dataChannels: param.channels },
  tighten: { dataChannels: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (scenario.flags.entrustmentContractOnFile === true) return undefined;
        const byAgency = scenario.actor.startsWith("agency:");
        if (!byAgency && !entry.dataChannels.includes(scenario.channel)) return undefined;
        return {
          effect: "deny",
          message: {
            en: "no entrustment contract is on file for this agency or data share",
            zh: "未签订委托处理合同，不得委托催收或共享个人信息",
          },
        };
      },
    };
  },
});

/**
 * An agency passing the case to another agency needs the lender's consent: a sub-agency acting
 * (`agency:<id>/<sub-id>`), or an agency sharing the data with another agency (the hand-over itself).
 */
export const subEntrustmentRule = defineRule({
  type: "sub-entrustment",
  kind: "agreement",
  summary: "An agency passing the case to another agency needs the lender's consent.",
  citations: ["CN-PIPL-ART21-ENTRUST"],
  params: {},
  tighten: {},
  compile() {
    return {
      check({ scenario }) {
        if (scenario.flags.subEntrustmentConsent === true) return undefined;
        if (!scenario.actor.includes("/") && !isHandOverToAgency(scenario)) return undefined;
        return {
          effect: "deny",
          message: { en: "sub-entrustment without the lender's consent", zh: "未经同意不得转委托" },
        };
      },
    };
  },
});

/**
 * The debtor is told before an outside agency collects (CN-CPM-ART41). Only a notice known not to have been sent
 * holds the agency back, waiting for that event; an unknown one is the lender's to record.
 */
export const outsourcingNoticeRule = defineRule({
  type: "outsourcing-notice",
  kind: "agreement",
  summary: "An outside agency collects only after the debtor has been told of the outsourcing.",
  citations: ["CN-CPM-ART41"],
  params: { channels: param.channels },
  tighten: { channels: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (scenario.flags.outsourcingNoticeSent !== false || !scenario.actor.startsWith("agency:"))
          return undefined;
        if (!entry.channels.includes(scenario.channel)) return undefined;
        return {
          effect: "defer",
          message: {
            en: "the debtor has not been told that the case was handed to a collection agency",
            zh: "委托外部催收机构前须告知债务人，尚未告知",
          },
        };
      },
    };
  },
});
