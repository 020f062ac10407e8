// What a contact says and shows: required notices, media that expose the debt, and forbidden purposes.
import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";
import { covers } from "./scope.js";

/** Every email or text must carry a simple way to opt out of further electronic messages. */
export const optOutNoticeRule = defineRule({
  type: "opt-out-notice",
  kind: "content",
  summary: "Every email or text must carry a simple way to opt out of further electronic messages.",
  citations: ["US-REGF-EOPTOUT"],
  params: { channels: param.channels },
  tighten: { channels: "superset" },
  compile(entry) {
    return {
      check({ scenario }) {
        // An absent flag is unknown, not missing: the obligation below still tells the sender to include it.
        if (!entry.channels.includes(scenario.channel) || scenario.message?.hasOptOutNotice !== false) {
          return undefined;
        }
        return {
          effect: "deny",
          message: {
            en: "the message lacks the electronic opt-out notice",
            zh: "电子信息缺少退订方式说明",
          },
        };
      },
      obligation({ scenario }) {
        if (!entry.channels.includes(scenario.channel)) return undefined;
        return {
          id: "electronic-opt-out-notice",
          message: {
            en: "include a clear and simple way to opt out of further messages to this address or number",
            zh: "须载明清晰简便的退订方式",
          },
        };
      },
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
    "CN-CBA-IDENTIFY",
    "CN-CBA-RECORDING",
    "CN-NIFA-ONSITE-AV",
    "CN-CBA-VISIT",
  ],
  params: {
    channels: param.channels,
    targets: param.targets,
    obligation: z.string().regex(/^[a-z][a-z0-9-]*$/),
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
