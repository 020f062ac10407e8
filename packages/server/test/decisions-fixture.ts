import type { FastifyInstance } from "fastify";
import { DateTime } from "luxon";
import { loginAs } from "./demo-app.js";

/** Noon tomorrow in New York: inside US calling hours whatever the time of the run. */
export function usNoonTomorrow(now = new Date()): string {
  return DateTime.fromJSDate(now, { zone: "America/New_York" })
    .plus({ days: 1 })
    .set({ hour: 12, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO()!;
}

/** Noon tomorrow in Shanghai: inside CN contact hours whatever the time of the run. */
export function cnNoonTomorrow(now = new Date()): string {
  return DateTime.fromJSDate(now, { zone: "Asia/Shanghai" })
    .plus({ days: 1 })
    .set({ hour: 12, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO()!;
}

/** Fields that change the fresh borrower or account (a state, another jurisdiction, a placement). */
export type FreshOverrides = { borrower?: Record<string, unknown>; account?: Record<string, unknown> };

/** A mainland China borrower and account in yuan. */
export const cnOverrides: FreshOverrides = {
  borrower: {
    name: "张伟",
    phones: ["+8613912340000"],
    timeZone: "Asia/Shanghai",
    locale: "zh-CN",
    jurisdiction: "CN",
  },
  account: { product: "consumer_loan", currency: "CNY" },
};

/**
 * A new US borrower with one account and no contact history, assigned to the
 * demo collector `collector`; returns the account id and the collector's cookie.
 */
export async function freshUsAccount(
  app: FastifyInstance,
  ref: string,
  overrides: FreshOverrides = {},
): Promise<{ accountId: string; borrowerId: string; collector: string }> {
  const supervisor = await loginAs(app, "supervisor");
  const post = async (url: string, payload: unknown, method: "POST" | "PUT" = "POST") => {
    const res = await app.inject({
      method,
      url,
      headers: { cookie: supervisor },
      payload: payload as object,
    });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const users = (
    await app.inject({ url: "/v1/users?role=collector", headers: { cookie: supervisor } })
  ).json() as { id: string; username: string }[];
  const collectorId = users.find((u) => u.username === "collector")!.id;
  const borrower = await post("/v1/borrowers", {
    ref,
    name: "Pat Example",
    phones: ["+12125550199"],
    timeZone: "America/New_York",
    locale: "en-US",
    jurisdiction: "US",
    ...overrides.borrower,
  });
  const account = await post("/v1/accounts", {
    ref: `${ref}-1`,
    borrowerId: borrower.id,
    product: "personal_loan",
    principalMinor: 500_000,
    outstandingMinor: 250_000,
    currency: "USD",
    dueDate: "2026-09-01",
    daysPastDue: 80,
    status: "in_collection",
    agencyId: null,
    collectorId,
    ...overrides.account,
  });
  return { accountId: account.id, borrowerId: borrower.id, collector: await loginAs(app, "collector") };
}

/** Asks the gateway for a decision as the collector whose session cookie is given. */
export function askDecision(app: FastifyInstance, cookie: string, payload: unknown) {
  return app.inject({
    method: "POST",
    url: "/v1/contact-decisions",
    headers: { cookie },
    payload: payload as object,
  });
}
