// When the borrower has an attorney whose details are known, talk to the attorney, not the borrower.
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";
import { covers } from "./scope.js";

/** Contact with a represented borrower (or third parties about them) is denied; the attorney may be contacted. */
export const attorneyRule = defineRule({
  type: "attorney",
  kind: "attorney",
  summary:
    "When the borrower has an attorney whose details are known, talk to the attorney, not the borrower.",
  citations: ["US-REGF-ATTORNEY"],
  params: { channels: param.channels, targets: param.targets },
  tighten: { channels: "superset", targets: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        const { flags } = scenario;
        if (flags.attorneyRepresented !== true || flags.attorneyContactKnown === false) return undefined;
        if (!covers(entry, scenario)) return undefined;
        return {
          effect: "deny",
          message: {
            en: "the borrower is represented by an attorney: contact the attorney instead",
            zh: "借款人已委托律师，应联系其律师",
          },
        };
      },
    };
  },
});
