// Debt validation (15 U.S.C. 1692g): a written dispute, or an overdue validation notice, pauses collection until
// the paper that clears it has been sent.
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";
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

/**
 * The validation notice is due within `days` calendar days after the initial communication (15 U.S.C. 1692g(a):
 * initial communication on day D, last day D + 5). FairCollect policy (rules.md US-REGF-VALIDATION): while it is
 * overdue, collection waits for it; only the notice itself and the excepted purposes go out. Without a known
 * initial communication there is no deadline to miss.
 */
export const validationNoticeRule = defineRule({
  type: "validation-notice",
  kind: "dispute",
  summary: "While the validation notice is overdue, collection waits until it has been sent.",
  citations: ["US-REGF-VALIDATION"],
  params: {
    channels: param.channels,
    targets: param.targets,
    exceptPurposes: param.purposes,
    days: param.positive,
  },
  tighten: { channels: "superset", targets: "superset", exceptPurposes: "subset", days: "at_most" },
  compile(entry) {
    return {
      check({ scenario, calendar }, at) {
        const { initialCommunicationAt, validationNoticeSentAt: sentAt } = scenario.flags;
        // No known initial communication, no deadline; a notice already out, nothing to wait for.
        if (initialCommunicationAt === undefined || (sentAt !== undefined && sentAt <= at)) return undefined;
        if (!covers(entry, scenario)) return undefined;
        if (scenario.purpose !== undefined && entry.exceptPurposes.includes(scenario.purpose))
          return undefined;
        if (at < calendar.startOfDay(calendar.dayOf(initialCommunicationAt) + entry.days + 1))
          return undefined;
        return {
          effect: "defer",
          // A notice scheduled for later clears the hold when it goes out.
          ...(sentAt === undefined ? {} : { retryAt: sentAt }),
          message: {
            en: `the validation notice was due within ${entry.days} days after the initial communication and has not been sent`,
            zh: `首次联系后${entry.days}日内应寄送债务核实通知，目前尚未寄送，暂停催收`,
          },
        };
      },
    };
  },
});
