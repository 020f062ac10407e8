// A written dispute pauses collection until verification has been sent.
import { defineRule } from "../define-rule.js";
import { covers } from "./scope.js";
import { writtenHoldParams, writtenHoldTightening } from "./written-hold.js";

/** The hold clears on an event (verification mailed), so the deferral names no instant until that is scheduled. */
export const disputeRule = defineRule({
  type: "dispute",
  kind: "dispute",
  summary: "A written dispute pauses collection until verification has been sent.",
  citations: ["US-REGF-DISPUTE"],
  params: writtenHoldParams,
  tighten: writtenHoldTightening,
  compile(entry) {
    return {
      check({ scenario }, at) {
        const { flags } = scenario;
        if (flags.disputePending !== true || !covers(entry, scenario)) return undefined;
        if (entry.requireWriting && flags.disputeInWriting === false) return undefined;
        if (scenario.purpose !== undefined && entry.exceptPurposes.includes(scenario.purpose))
          return undefined;
        const sentAt = flags.verificationSentAt;
        if (sentAt !== undefined && sentAt <= at) return undefined;
        return {
          effect: "defer",
          ...(sentAt === undefined ? {} : { retryAt: sentAt }),
          message: {
            en: "the debt is disputed in writing: collection waits until verification is sent",
            zh: "借款人已书面提出异议，核实材料寄出前暂停催收",
          },
        };
      },
    };
  },
});
