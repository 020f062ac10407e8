// What a contact says and shows: required notices, media that expose the debt, and forbidden purposes.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import type { ContactScenario, HistoryEntry } from "../scenario-schema.js";
import type { Outcome } from "../vocabulary.js";
import { param } from "./params.js";
import { covers, isSamePerson } from "./scope.js";

/** Outcomes of a contact that reached the person, so it was a contact in the CBA's sense, not an attempt. */
const REACHED: ReadonlySet<Outcome> = new Set(["conversation", "connected", "sent", "visit_done"]);

/** Whether an earlier contact reached this contact's person; an inbound call counts, as they made it. */
function hasReached(past: HistoryEntry, scenario: ContactScenario, at: number): boolean {
  return past.at < at && REACHED.has(past.outcome) && isSamePerson(past, scenario);
}

/**
 * A statement a message must carry: the electronic opt-out notice (Reg F), the collecting institution's name
 * (CBA). A message known to lack it is denied; an absent flag is unknown, not missing, so the obligation tells
 * the sender to include it. With `firstContactOnly`, only the first contact that reaches the person must carry
 * it (the CBA's wording); the obligation still asks for it every time.
 */
export const requiredStatementRule = defineRule({
  type: "required-statement",
  kind: "content",
  summary:
    "A message must carry a statement, such as the electronic opt-out notice or the institution's name.",
  citations: ["US-REGF-EOPTOUT", "CN-CBA-IDENTIFY"],
  params: {
    channels: param.channels,
    targets: param.targets,
    messageFlag: z.enum(["hasOptOutNotice", "identifiesInstitution"]),
    obligation: param.obligationId,
    message: param.bilingual,
    missing: param.bilingual,
    firstContactOnly: z.boolean().default(false),
  },
  tighten: { channels: "superset", targets: "superset", firstContactOnly: "only_false" },
  compile(entry) {
    const obligation = { id: entry.obligation, message: entry.message };
    return {
      check({ scenario }, at) {
        if (!covers(entry, scenario) || scenario.message?.[entry.messageFlag] !== false) return undefined;
        if (entry.firstContactOnly && scenario.history.some((past) => hasReached(past, scenario, at)))
          return undefined;
        return { effect: "deny", message: entry.missing };
      },
      obligation: ({ scenario }) => (covers(entry, scenario) ? obligation : undefined),
    };
  },
});

/** Media that show the debt to others (postcards, public posts, public notices) are never used. */
export const blockedChannelRule = defineRule({
  type: "blocked-channel",
  kind: "content",
  summary: "Media that show the debt to others (postcards, public posts, public notices) are never used.",
  citations: ["US-REGF-POSTCARD", "US-REGF-SOCIAL", "US-REGF-3P", "CN-CBA-REDLINES"],
  params: { channels: param.channels },
  tighten: { channels: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (!entry.channels.includes(scenario.channel)) return undefined;
        return {
          effect: "deny",
          message: {
            en: `${scenario.channel} is never used for collection`,
            zh: `禁止以${scenario.channel}方式催收`,
          },
        };
      },
    };
  },
});

/** A time-barred debt is never threatened with, or taken to, court. */
export const timeBarredRule = defineRule({
  type: "time-barred",
  kind: "content",
  summary: "A time-barred debt is never threatened with, or taken to, court.",
  citations: ["US-REGF-TIMEBARRED"],
  params: { purposes: param.purposes.min(1) },
  tighten: { purposes: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (scenario.flags.timeBarred !== true) return undefined;
        if (scenario.purpose === undefined || !entry.purposes.includes(scenario.purpose)) return undefined;
        return {
          effect: "deny",
          message: {
            en: "the debt is time-barred: no lawsuit and no threat of one",
            zh: "该债务已过诉讼时效，不得起诉或以起诉相威胁",
          },
        };
      },
    };
  },
});

/** A statement an allowed contact must carry, such as the debt-collector disclosure or the caller's identity. */
export const obligationRule = defineRule({
  type: "obligation",
  kind: "content",
  summary: "A statement an allowed contact must carry, such as the debt-collector disclosure.",
  citations: [
    "US-REGF-MINIMIRANDA",
    "US-REGF-LOCATION",
    "US-MA-VISIT",
    "CN-CBA-RECORDING",
    "CN-NIFA-ONSITE-AV",
    "CN-CBA-VISIT",
  ],
  params: {
    channels: param.channels,
    targets: param.targets,
    obligation: param.obligationId,
    message: param.bilingual,
  },
  tighten: { channels: "superset", targets: "superset" },
  compile(entry) {
    const obligation = { id: entry.obligation, message: entry.message };
    return {
      check: () => undefined,
      obligation: ({ scenario }) => (covers(entry, scenario) ? obligation : undefined),
    };
  },
});
