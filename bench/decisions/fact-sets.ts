// Realistic, seeded fact sets for the decision benchmarks: one borrower with 50 past contacts across media,
// debts and days, attempts spread over the whole local day, and a few holds switched on.
import type { ContactScenarioInput } from "@faircollect/domain/policy/scenario-schema";
import { DateTime } from "luxon";
import { seeded } from "../seeded.js";

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const US_OUTCOMES = [
  "no_answer",
  "no_answer",
  "voicemail_lcm",
  "not_connected",
  "conversation",
  "connected",
] as const;
const CN_OUTCOMES = [
  "no_answer",
  "no_answer",
  "not_connected",
  "voicemail_lcm",
  "connected",
  "conversation",
] as const;

/**
 * `count` US scenarios (calls about debt d1) with 50 past contacts over 30 days each; one in ten borrowers lives
 * in Massachusetts, and a few have a complaint open or a validation notice that was never sent.
 */
export function usScenarios(count: number, seed = 7): ContactScenarioInput[] {
  const random = seeded(seed);
  // A second stream for the later facts, so the inputs drawn from the first stay those of earlier runs.
  const more = seeded(seed + 1000);
  const zone = "America/New_York";
  return Array.from({ length: count }, () => {
    const attempt = DateTime.fromObject({ year: 2026, month: 6, day: 20, hour: 0 }, { zone }).plus({
      minutes: Math.floor(random() * 1440),
    });
    const history = Array.from({ length: 50 }, () => {
      const channel = pick(random, ["call", "call", "call", "sms", "email", "letter"] as const);
      const at = attempt.minus({ minutes: 10 + Math.floor(random() * 30 * 1440) });
      return {
        channel,
        at: at.toISO()!,
        outcome: channel === "call" ? pick(random, US_OUTCOMES) : ("sent" as const),
        debtId: pick(random, ["d1", "d2", "d3"]),
        direction: random() < 0.1 ? ("inbound" as const) : ("outbound" as const),
      };
    });
    const initialCommunication = attempt.minus({ days: 45 }).toISO()!;
    return {
      attemptAt: attempt.toISO()!,
      borrowerTimeZone: zone,
      borrowerState: more() < 0.1 ? "MA" : "NY",
      channel: "call",
      target: "borrower",
      debtId: "d1",
      history,
      flags: {
        complaintHold: more() < 0.05,
        initialCommunicationAt: initialCommunication,
        ...(more() < 0.05 ? {} : { validationNoticeSentAt: initialCommunication }),
        ceaseRequested: random() < 0.05,
        ceaseInWriting: true,
        disputePending: random() < 0.05,
        disputeInWriting: true,
        attorneyRepresented: random() < 0.05,
        attorneyContactKnown: true,
        optedOutChannels: random() < 0.05 ? ["call"] : [],
      },
    };
  });
}

/** `count` CN scenarios (calls to one of two numbers) with 50 past contacts over 5 days each, a few on hold. */
export function cnScenarios(count: number, seed = 11): ContactScenarioInput[] {
  const random = seeded(seed);
  const more = seeded(seed + 1000);
  const zone = "Asia/Shanghai";
  const numbers = ["13800000001", "13900000002"];
  return Array.from({ length: count }, () => {
    const attempt = DateTime.fromObject({ year: 2026, month: 6, day: 20, hour: 0 }, { zone }).plus({
      minutes: Math.floor(random() * 1440),
    });
    const history = Array.from({ length: 50 }, () => {
      const channel = pick(random, ["call", "call", "call", "sms", "push"] as const);
      const at = attempt.minus({ minutes: 1 + Math.floor(random() * 5 * 1440) });
      return {
        channel,
        at: at.toISO()!,
        outcome: channel === "call" ? pick(random, CN_OUTCOMES) : ("sent" as const),
        number: pick(random, numbers),
        debtId: pick(random, ["loan-1", "loan-2"]),
        actor: pick(random, ["lender", "agency:a"]),
      };
    });
    return {
      attemptAt: attempt.toISO()!,
      borrowerTimeZone: zone,
      channel: "call",
      target: "borrower",
      debtId: "loan-1",
      number: pick(random, numbers),
      history,
      flags: { optedOutChannels: random() < 0.05 ? ["call"] : [], complaintHold: more() < 0.05 },
    };
  });
}
