import type { CreateBorrowerBody } from "@faircollect/contract";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import {
  cnCities,
  cnGiven,
  cnProducts,
  cnStreets,
  cnSurnames,
  usFirst,
  usLast,
  usProducts,
  usStreets,
  usZones,
} from "./demo-names.js";

/** Size of the demo portfolio: the numbers, overridable for tests. */
export type PortfolioSize = { borrowers: number; collectors: number; historyDays: number };
export const defaultPortfolioSize: PortfolioSize = { borrowers: 2000, collectors: 20, historyDays: 30 };

export type DemoCollector = {
  key: string;
  displayName: string;
  agency: "A" | "B" | "C" | null;
  certifiedDays: number;
};
export type DemoAccount = {
  ref: string;
  product: string;
  principalMinor: number;
  outstandingMinor: number;
  currency: string;
  dueInDays: number;
  daysPastDue: number;
  collector: string;
};
export type DemoHold = {
  kind: "cease" | "dispute" | "attorney" | "vulnerability";
  daysAgo: number;
  inWriting: boolean;
};
export type DemoContact = {
  account: number;
  channel: "call" | "sms" | "email";
  /** Calendar days before the seeding day, and the local wall-clock minute (09:00–19:59) it happened. */
  daysAgo: number;
  localMinute: number;
  outcome: "conversation" | "no_answer" | "voicemail_lcm" | "not_connected" | "sent";
  phone: number;
};
export type DemoBorrower = {
  input: CreateBorrowerBody;
  accounts: DemoAccount[];
  thirdParties: {
    name: string;
    phone: string;
    relation: "spouse" | "parent" | "sibling" | "friend" | "colleague";
    source: "pre_agreed" | "other";
  }[];
  holds: DemoHold[];
  optedOut: ("sms" | "email" | "call")[];
  contacts: DemoContact[];
};
export type Portfolio = { collectors: DemoCollector[]; borrowers: DemoBorrower[] };

/**
 * A deterministic portfolio from a seed: about 70% mainland China, 30% US
 * across six zones and their states (a quarter of the New York zone in
 * Massachusetts), accounts in every delinquency bucket, some holds, opt-outs
 * and third parties, and 30 days of contact history. Collectors are referred to
 * by key; the first three are the demo logins `collector`, `agent-a`, `agent-b`.
 */
export function generatePortfolio(seed = 20261129, size: PortfolioSize = defaultPortfolioSize): Portfolio {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const chance = (percent: number) => int(0, 999) < percent * 10;
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join("");

  const agencies = ["A", "B", "C"] as const;
  const collectors: DemoCollector[] = [
    { key: "collector", displayName: "Lender Collector", agency: null, certifiedDays: 300 },
    { key: "agent-a", displayName: "Agent A", agency: "A", certifiedDays: 200 },
    { key: "agent-b", displayName: "Agent B", agency: "B", certifiedDays: 200 },
  ];
  for (let i = collectors.length; i < size.collectors; i++) {
    const agency = i % 4 === 0 ? null : agencies[i % 3]!;
    // Every fifth collector's training has lapsed: the gateway must refuse them.
    collectors.push({
      key: `collector-${String(i + 1).padStart(2, "0")}`,
      displayName: `Collector ${i + 1}`,
      agency,
      certifiedDays: i % 5 === 0 ? -int(1, 60) : int(30, 365),
    });
  }
  const lenderCollectors = collectors.filter((c) => c.agency === null);
  const byAgency = (a: "A" | "B" | "C") => collectors.filter((c) => c.agency === a);

  const borrowers: DemoBorrower[] = [];
  for (let i = 0; i < size.borrowers; i++) {
    const cn = i === 0 || i % 10 < 7;
    const us = cn ? null : pick(usZones);
    // A US borrower lives in the state of their first number's area code.
    const home = cn ? null : pick(us!.areas);
    const usNumber = (code: string) => `+1${code}${int(2, 9)}${digits(6)}`;
    const phones = cn ? [`+861${pick(["3", "5", "8"])}${digits(9)}`] : [usNumber(home!.code)];
    if (chance(20)) phones.push(cn ? `+8619${digits(9)}` : usNumber(pick(us!.areas).code));
    const name =
      i === 0 ? "王小明" : cn ? `${pick(cnSurnames)}${pick(cnGiven)}` : `${pick(usFirst)} ${pick(usLast)}`;
    const cnCity = pick(cnCities);
    const input: CreateBorrowerBody = {
      ref: `B${String(i + 1).padStart(6, "0")}`,
      name,
      phones,
      email: `${cn ? "user" : pick(usFirst).toLowerCase()}${i + 1}@example.${cn ? "cn" : "com"}`,
      nationalId: cn
        ? `${pick(["110101", "310104", "440106", "510107"])}19${int(60, 99)}${digits(6)}${int(0, 9)}`
        : `${int(100, 899)}-${digits(2)}-${digits(4)}`,
      address: cn
        ? `${cnCity.city}${pick(cnCity.districts)}${pick(cnStreets)}${int(1, 999)}号`
        : `${home!.city}, ${home!.state}, ${int(10, 9999)} ${pick(usStreets)}`,
      timeZone: cn ? "Asia/Shanghai" : us!.zone,
      locale: cn ? "zh-CN" : "en-US",
      jurisdiction: cn ? "CN" : "US",
      ...(home ? { state: home.state } : {}),
    };
    const accountCount = i === 0 ? 2 : chance(15) ? 2 : 1;
    const accounts: DemoAccount[] = [];
    for (let a = 0; a < accountCount; a++) {
      const bucket = pick([5, 20, 45, 75, 120, 200, 400]);
      const daysPastDue = Math.max(1, bucket + int(-5, 5));
      const agency =
        i === 0
          ? null
          : daysPastDue >= 90
            ? pick(agencies)
            : daysPastDue >= 60 && chance(50)
              ? pick(agencies)
              : null;
      const team = agency ? byAgency(agency) : lenderCollectors;
      const principalMinor = cn ? int(20, 500) * 10_000 : int(5, 200) * 10_000;
      accounts.push({
        ref: `A${String(i + 1).padStart(6, "0")}-${a + 1}`,
        product: pick(cn ? cnProducts : usProducts),
        principalMinor,
        outstandingMinor: Math.round(principalMinor * (0.2 + int(0, 100) / 100)),
        currency: cn ? "CNY" : "USD",
        dueInDays: -daysPastDue,
        daysPastDue,
        // The first borrowers go to the demo logins so each has a caseload to open.
        collector:
          i < 30 && !agency
            ? "collector"
            : agency === "A" && chance(40)
              ? "agent-a"
              : agency === "B" && chance(40)
                ? "agent-b"
                : pick(team).key,
      });
    }
    const thirdParties: DemoBorrower["thirdParties"] = [];
    if (chance(30)) {
      const count = int(1, 2);
      for (let t = 0; t < count; t++) {
        thirdParties.push({
          name: cn ? `${pick(cnSurnames)}${pick(cnGiven)}` : `${pick(usFirst)} ${pick(usLast)}`,
          phone: cn ? `+861${pick(["3", "5", "8"])}${digits(9)}` : usNumber(pick(us!.areas).code),
          relation: pick(["spouse", "parent", "sibling", "friend", "colleague"] as const),
          source: chance(70) ? "pre_agreed" : "other",
        });
      }
    }
    const holds: DemoHold[] = [];
    if (chance(3)) holds.push({ kind: "cease", daysAgo: int(1, 25), inWriting: chance(60) });
    if (chance(2)) holds.push({ kind: "dispute", daysAgo: int(1, 20), inWriting: true });
    if (!cn && chance(2)) holds.push({ kind: "attorney", daysAgo: int(1, 20), inWriting: true });
    if (chance(2)) holds.push({ kind: "vulnerability", daysAgo: int(1, 25), inWriting: false });
    const optedOut: DemoBorrower["optedOut"] = chance(5) ? [pick(["sms", "email", "call"] as const)] : [];
    const contacts: DemoContact[] = [];
    const contactCount = int(0, 8);
    for (let c = 0; c < contactCount; c++) {
      const channel = pick(["call", "call", "call", "sms", "email"] as const);
      const outcome =
        channel === "call"
          ? pick(["conversation", "no_answer", "no_answer", "voicemail_lcm", "not_connected"] as const)
          : "sent";
      contacts.push({
        account: int(0, accounts.length - 1),
        channel,
        daysAgo: int(1, size.historyDays),
        localMinute: int(9 * 60, 20 * 60 - 1),
        outcome,
        phone: int(0, phones.length - 1),
      });
    }
    borrowers.push({ input, accounts, thirdParties, holds, optedOut, contacts });
  }
  return { collectors, borrowers };
}
