// A borrower flagged as vulnerable is handled by specialists; how strictly is the pack's choice.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";

/**
 * FairCollect tightening, modelled on FCA FG21/1: no US or CN rule sets a limit, so the shipped packs attach a
 * specialist-handling obligation; an overlay may raise the effect to a deferral pending review, or a denial.
 */
export const vulnerableRule = defineRule({
  type: "vulnerable",
  kind: "vulnerable",
  summary: "A borrower flagged as vulnerable is handled by specialists; how strictly is the pack's choice.",
  citations: ["UK-FCA-VULNERABLE"],
  params: { effect: z.enum(["obligation", "defer", "deny"]), message: param.bilingual },
  tighten: { effect: "stricter_effect" },
  compile(entry) {
    const obligation = { id: "vulnerability-specialist", message: entry.message };
    return {
      check({ scenario }) {
        if (scenario.flags.vulnerable !== true || entry.effect === "obligation") return undefined;
        return {
          effect: entry.effect,
          message: {
            en: "the borrower is flagged as vulnerable: a specialist must review before contact",
            zh: "借款人被标记为弱势群体，须经专门人员审核后方可联系",
          },
        };
      },
      obligation: ({ scenario }) => (scenario.flags.vulnerable === true ? obligation : undefined),
    };
  },
});
