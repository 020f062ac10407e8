// After a (written) request to stop, only the few communications the law still permits go out.
import { defineRule } from "../define-rule.js";
import { covers } from "./scope.js";
import { writtenHoldParams, writtenHoldTightening } from "./written-hold.js";

/** A cease request takes effect when received and leaves only the excepted purposes. */
export const ceaseRule = defineRule({
  type: "cease",
  kind: "cease",
  summary: "After a written request to stop, only the few communications the law still permits go out.",
  citations: ["US-REGF-CEASE"],
  params: writtenHoldParams,
  tighten: writtenHoldTightening,
  compile(entry) {
    return {
      check({ scenario }, at) {
        const { flags } = scenario;
        if (flags.ceaseRequested !== true || !covers(entry, scenario)) return undefined;
        // Unknown form counts as written: fail closed.
        if (entry.requireWriting && flags.ceaseInWriting === false) return undefined;
        if (flags.ceaseReceivedAt !== undefined && at < flags.ceaseReceivedAt) return undefined;
        if (scenario.purpose !== undefined && entry.exceptPurposes.includes(scenario.purpose))
          return undefined;
        return {
          effect: "deny",
          message: {
            en: "the borrower asked in writing that communication stop",
            zh: "借款人已书面要求停止联系",
          },
        };
      },
    };
  },
});
