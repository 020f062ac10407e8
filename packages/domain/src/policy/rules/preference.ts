// Honour the times and places the borrower or the employer has ruled out.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import type { ContactScenario } from "../scenario-schema.js";
import { minuteOfDay } from "../time/wall-clock.js";
import { param } from "./params.js";
import { isOutbound } from "./scope.js";

/**
 * Times the borrower named as inconvenient defer contact to the end of that stretch of local time. When the
 * borrower reaches out inside such a stretch, the collector may answer `repliesAllowed` times there, through the
 * same medium (Reg F comment 6(b)(1)-2).
 */
export const designatedTimesRule = defineRule({
  type: "designated-times",
  kind: "preference",
  summary: "Times the borrower named as inconvenient defer contact to the end of that stretch of local time.",
  citations: ["US-REGF-INCONV-DESIGNATED", "CN-PIPL-ART44-RIGHTS"],
  params: { channels: param.channels, repliesAllowed: param.count },
  tighten: { channels: "superset", repliesAllowed: "at_most" },
  compile(entry) {
    return {
      check({ scenario, calendar }, at) {
        const spans = scenario.flags.designatedInconvenientTimes;
        if (spans === undefined || !entry.channels.includes(scenario.channel)) return undefined;
        const day = calendar.dayOf(at);
        let retryAt: number | undefined;
        for (const span of spans) {
          const from = minuteOfDay(span.from);
          const to = minuteOfDay(span.to);
          // A span whose end is not after its start runs past midnight.
          const wraps = to <= from;
          for (const start of wraps ? [day - 1, day] : [day]) {
            const begins = calendar.wallTime(start, from);
            const ends = calendar.wallTime(wraps ? start + 1 : start, to);
            if (at < begins || at >= ends || mayReply(scenario, begins, at, entry.repliesAllowed)) continue;
            retryAt = Math.max(retryAt ?? ends, ends);
          }
        }
        if (retryAt === undefined) return undefined;
        return {
          effect: "defer",
          retryAt,
          message: {
            en: "the borrower named this time as inconvenient",
            zh: "借款人已告知此时段不便联系",
          },
        };
      },
    };
  },
});

// Whether the borrower reached out on this medium inside the stretch begun at `begins`, and the collector has
// answered fewer than `replies` times since.
function mayReply(scenario: ContactScenario, begins: number, at: number, replies: number): boolean {
  if (replies === 0) return false;
  let reachedOutAt: number | undefined;
  for (const past of scenario.history) {
    if (past.channel !== scenario.channel || isOutbound(past) || past.at < begins || past.at > at) continue;
    if ((past.target ?? "borrower") === "borrower") reachedOutAt = Math.min(reachedOutAt ?? past.at, past.at);
  }
  if (reachedOutAt === undefined) return false;
  let answered = 0;
  for (const past of scenario.history) {
    if (past.channel === scenario.channel && isOutbound(past) && past.at >= reachedOutAt && past.at <= at) {
      if ((past.target ?? "borrower") === "borrower") answered++;
    }
  }
  return answered < replies;
}

/** No contact at the workplace when the employer prohibits it. */
export const workplaceRule = defineRule({
  type: "workplace",
  kind: "preference",
  summary: "No contact at the workplace when the employer prohibits it.",
  citations: ["US-REGF-WORKPLACE"],
  params: { channels: param.channels, numberTypes: z.array(z.string().min(1)).min(1) },
  tighten: { channels: "superset", numberTypes: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (scenario.flags.employerProhibitsContact !== true) return undefined;
        if (!entry.channels.includes(scenario.channel)) return undefined;
        if (scenario.numberType === undefined || !entry.numberTypes.includes(scenario.numberType))
          return undefined;
        return {
          effect: "deny",
          message: {
            en: "the employer prohibits collection contact at the workplace",
            zh: "借款人雇主禁止在工作场所联系",
          },
        };
      },
    };
  },
});

/** No email to an employer-provided address unless the borrower consented or wrote from it. */
export const employerEmailRule = defineRule({
  type: "employer-email",
  kind: "preference",
  summary: "No email to an employer-provided address unless the borrower consented or wrote from it.",
  citations: ["US-REGF-WORK-EMAIL"],
  params: {},
  tighten: {},
  compile() {
    return {
      check({ scenario }, at) {
        if (scenario.channel !== "email" || scenario.flags.emailIsEmployerProvided !== true) return undefined;
        const consentAt = scenario.flags.directPriorConsentAt;
        if (consentAt !== undefined && consentAt <= at) return undefined;
        const wroteFromIt = scenario.history.some(
          (entry) => entry.channel === "email" && entry.direction === "inbound" && entry.at <= at,
        );
        if (wroteFromIt) return undefined;
        return {
          effect: "deny",
          message: {
            en: "the email address was provided by the borrower's employer",
            zh: "该电子邮箱由借款人雇主提供，未经同意不得使用",
          },
        };
      },
    };
  },
});
