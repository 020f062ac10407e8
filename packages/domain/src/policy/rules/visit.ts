// A home or field visit needs a team of at least the pack's number of collectors.
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";

/** Visits by a lone collector are denied; hours for visits are the hours rule's business. */
export const visitTeamRule = defineRule({
  type: "visit-team",
  kind: "visit",
  summary: "A home or field visit needs a team of at least the pack's number of collectors.",
  citations: ["CN-CBA-VISIT"],
  params: { minCollectors: param.positive },
  tighten: { minCollectors: "at_least" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (scenario.channel !== "visit") return undefined;
        const team = scenario.flags.visitCollectorCount ?? 0;
        if (team >= entry.minCollectors) return undefined;
        return {
          effect: "deny",
          message: {
            en: `a visit needs at least ${entry.minCollectors} collectors; ${team} planned`,
            zh: `外访须至少${entry.minCollectors}名催收人员，当前${team}名`,
          },
        };
      },
    };
  },
});
