import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/build-app.js";
import { generatePortfolio } from "../src/demo/generate-portfolio.js";
import { seedDemo } from "../src/demo/seed-demo.js";
import type { TestApp } from "../src/test-support/test-app.js";
import { dialects, freshDatabase } from "../src/test-support/test-database.js";
import {
  askDecision,
  cnNoonTomorrow,
  cnOverrides,
  freshUsAccount,
  usNoonTomorrow,
} from "./decisions-fixture.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

type Reason = { kind: string; rule: string };
const rules = (body: { reasons: Reason[] }) => body.reasons.map((r) => r.rule);

/** Noon `days` after noon tomorrow in New York, as an instant. */
const usNoonPlus = (days: number) =>
  DateTime.fromISO(usNoonTomorrow(), { zone: "America/New_York" }).plus({ days }).toUTC().toISO()!;

describe("the facts a decision reads from the borrower and the account", () => {
  let t: TestApp;
  let supervisor: string;
  beforeAll(async () => {
    t = await buildDemoApp();
    supervisor = await loginAs(t.app, "supervisor");
  });
  afterAll(async () => t?.drop());

  const decide = (cookie: string, payload: object) =>
    askDecision(t.app, cookie, payload).then((r) => r.json());
  const call = (accountId: string, at: string) => ({
    accountId,
    channel: "call",
    target: { kind: "borrower" },
    at,
  });
  const outcome = async (cookie: string, decisionId: string, result: string) => {
    const res = await t.app.inject({
      method: "POST",
      url: `/v1/contact-decisions/${decisionId}/outcome`,
      headers: { cookie },
      payload: { outcome: result, at: new Date().toISOString() },
    });
    expect(res.statusCode).toBe(201);
  };
  const post = (url: string, payload: object, method: "POST" | "PUT" = "POST") =>
    t.app.inject({ method, url, headers: { cookie: supervisor }, payload });
  const complaintHold = async (borrowerId: string) => {
    const res = await post(`/v1/borrowers/${borrowerId}/holds`, {
      kind: "complaint_hold",
      effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(res.statusCode).toBe(201);
  };

  it("holds a US account under investigation with no instant to retry, except the complaint's answer", async () => {
    const { accountId, borrowerId, collector } = await freshUsAccount(t.app, "FACT-HOLD-US");
    await complaintHold(borrowerId);
    const held = await decide(collector, call(accountId, usNoonTomorrow()));
    expect(held).toMatchObject({ decision: "defer", nextAllowedAt: null });
    expect(held.reasons).toContainEqual(
      expect.objectContaining({ kind: "complaint_hold", rule: "complaint-hold" }),
    );
    const answer = await decide(collector, {
      accountId,
      channel: "letter",
      target: { kind: "borrower" },
      purpose: "complaint_response",
      at: usNoonTomorrow(),
    });
    expect(answer.decision).toBe("allow");
  });

  it("holds a CN account under investigation with no instant to retry", async () => {
    const { accountId, borrowerId, collector } = await freshUsAccount(t.app, "FACT-HOLD-CN", cnOverrides);
    expect((await decide(collector, call(accountId, cnNoonTomorrow()))).decision).toBe("allow");
    await complaintHold(borrowerId);
    const held = await decide(collector, call(accountId, cnNoonTomorrow()));
    expect(held).toMatchObject({ decision: "defer", nextAllowedAt: null, pack: { id: "cn" } });
    expect(rules(held)).toContain("complaint-hold");
  });

  it("defers a Massachusetts borrower's third call in 7 days and allows a New York borrower's", async () => {
    const ma = await freshUsAccount(t.app, "FACT-MA", { borrower: { state: "MA" } });
    const ny = await freshUsAccount(t.app, "FACT-NY", { borrower: { state: "NY" } });
    const at = usNoonTomorrow();
    const threeCalls = async (accountId: string) => [
      await decide(ma.collector, call(accountId, at)),
      await decide(ma.collector, call(accountId, at)),
      await decide(ma.collector, call(accountId, at)),
    ];
    const [maCalls, nyCalls] = [await threeCalls(ma.accountId), await threeCalls(ny.accountId)];
    expect(maCalls.map((d) => d.decision)).toEqual(["allow", "allow", "defer"]);
    expect(rules(maCalls[2])).toContain("ma-calls-texts-personal-numbers");
    expect(nyCalls.map((d) => d.decision)).toEqual(["allow", "allow", "allow"]);
    const borrower = await t.app.inject({
      url: `/v1/borrowers/${ma.borrowerId}`,
      headers: { cookie: supervisor },
    });
    expect(borrower.json().state).toBe("MA");
  });

  it("reports to a credit bureau only once the 14 days after a letter's send date have passed", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "FACT-REPORT");
    const report = (at: string) =>
      decide(collector, { accountId, channel: "credit_reporting", target: { kind: "borrower" }, at });
    const silent = await report(usNoonTomorrow());
    expect(silent).toMatchObject({ decision: "defer", nextAllowedAt: null });
    expect(rules(silent)).toContain("report-after-notice");
    const letter = await decide(collector, {
      accountId,
      channel: "letter",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    await outcome(collector, letter.id, "sent");
    const day14 = await report(usNoonPlus(14));
    expect(day14.decision).toBe("defer");
    const day15 = DateTime.fromISO(usNoonPlus(15), { zone: "America/New_York" }).startOf("day");
    expect(Date.parse(day14.nextAllowedAt)).toBe(day15.toMillis());
    expect((await report(usNoonPlus(15))).decision).toBe("allow");
  });

  it("holds collection from the sixth day after the first communication until the validation notice is sent", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "FACT-VALIDATION");
    const letter = (purpose: string, at: string) =>
      decide(collector, { accountId, channel: "letter", target: { kind: "borrower" }, purpose, at });
    const first = await letter("collection", usNoonTomorrow());
    await outcome(collector, first.id, "sent");
    expect((await decide(collector, call(accountId, usNoonPlus(5)))).decision).toBe("allow");
    const overdue = await decide(collector, call(accountId, usNoonPlus(6)));
    expect(overdue).toMatchObject({ decision: "defer", nextAllowedAt: null });
    expect(rules(overdue)).toContain("validation-notice-overdue");

    const notice = await letter("validation_notice", usNoonPlus(1));
    expect(notice.decision).toBe("allow");
    await outcome(collector, notice.id, "sent");
    expect((await decide(collector, call(accountId, usNoonPlus(6)))).decision).toBe("allow");
    const account = (
      await t.app.inject({ url: `/v1/accounts/${accountId}`, headers: { cookie: supervisor } })
    ).json();
    expect(account).toMatchObject({
      firstCommunicationAt: usNoonTomorrow(),
      validationNoticeSentAt: usNoonPlus(1),
    });
  });

  it("does not count a call nobody answered as the first communication", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "FACT-NO-ANSWER");
    const unanswered = await decide(collector, call(accountId, usNoonTomorrow()));
    await outcome(collector, unanswered.id, "no_answer");
    const account = (
      await t.app.inject({ url: `/v1/accounts/${accountId}`, headers: { cookie: supervisor } })
    ).json();
    expect(account.firstCommunicationAt).toBeNull();
    expect((await decide(collector, call(accountId, usNoonPlus(10)))).decision).toBe("allow");
  });

  it("lets a CN agency collect only once the lender recorded that the debtor was told of the placement", async () => {
    const agencies = (await t.app.inject({ url: "/v1/agencies", headers: { cookie: supervisor } })).json();
    const agencyA = agencies.find((a: { code: string }) => a.code === "A").id;
    const users = (
      await t.app.inject({ url: "/v1/users?role=collector", headers: { cookie: supervisor } })
    ).json() as { id: string; username: string }[];
    const agentA = users.find((u) => u.username === "agent-a")!.id;
    const { accountId } = await freshUsAccount(t.app, "FACT-OUTSOURCE", {
      ...cnOverrides,
      account: { ...cnOverrides.account, agencyId: agencyA, collectorId: agentA },
    });
    const agent = await loginAs(t.app, "agent-a");
    const untold = await decide(agent, call(accountId, cnNoonTomorrow()));
    expect(untold).toMatchObject({ decision: "defer", nextAllowedAt: null });
    expect(rules(untold)).toContain("outsourcing-notice");
    const told = await post(
      `/v1/accounts/${accountId}/assignment`,
      { agencyId: agencyA, collectorId: agentA, outsourcingNoticeAt: new Date().toISOString() },
      "PUT",
    );
    expect(told.statusCode).toBe(200);
    expect((await decide(agent, call(accountId, cnNoonTomorrow()))).decision).toBe("allow");
  });

  it("refuses a state that is not a US state, or given for a CN borrower, naming the field", async () => {
    const borrower = {
      ref: "FACT-BAD-STATE",
      name: "Pat Example",
      phones: ["+12125550198"],
      timeZone: "America/New_York",
      locale: "en-US",
      jurisdiction: "US",
    };
    for (const payload of [
      { ...borrower, state: "Massachusetts" },
      { ...borrower, state: "ZZ" },
      { ...borrower, ...cnOverrides.borrower, state: "MA" },
    ]) {
      const res = await post("/v1/borrowers", payload);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.state"]);
    }
  });

  it("refuses an outsourcing notice on an account no agency holds, naming the field", async () => {
    const { accountId } = await freshUsAccount(t.app, "FACT-BAD-NOTICE");
    const res = await post(
      `/v1/accounts/${accountId}/assignment`,
      { agencyId: null, collectorId: null, outsourcingNoticeAt: new Date().toISOString() },
      "PUT",
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.outsourcingNoticeAt"]);
  });
});

describe("the demo portfolio's notices", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp();
  });
  afterAll(async () => t?.drop());

  const callsOf = async (username: string) => {
    const cookie = await loginAs(t.app, username);
    const accounts = (await t.app.inject({ url: "/v1/accounts?limit=500", headers: { cookie } })).json() as {
      id: string;
      currency: string;
    }[];
    return Promise.all(
      accounts.map(async (a) => ({
        currency: a.currency,
        decision: (
          await askDecision(t.app, cookie, {
            accountId: a.id,
            channel: "call",
            target: { kind: "borrower" },
            at: a.currency === "CNY" ? cnNoonTomorrow() : usNoonTomorrow(),
          })
        ).json() as { decision: string; reasons: Reason[] },
      })),
    );
  };

  it("gives the demo collector daytime calls on US accounts: their validation notices went out", async () => {
    const us = (await callsOf("collector")).filter((c) => c.currency === "USD");
    expect(us.length).toBeGreaterThan(0);
    expect(us.filter((c) => c.decision.decision === "allow").length).toBeGreaterThan(0);
    expect(us.flatMap((c) => rules(c.decision))).not.toContain("validation-notice-overdue");
  });

  it("lets agent-a and agent-b collect their CN accounts: the debtors were told of the placement", async () => {
    for (const agent of ["agent-a", "agent-b"]) {
      const cn = (await callsOf(agent)).filter((c) => c.currency === "CNY");
      expect(cn.length).toBeGreaterThan(0);
      expect(cn.filter((c) => c.decision.decision === "allow").length).toBeGreaterThan(0);
      expect(cn.flatMap((c) => rules(c.decision))).not.toContain("outsourcing-notice");
    }
  });

  it("gives every US borrower a state, Massachusetts for some", async () => {
    const states = await t.deps.store.db
      .selectFrom("borrowers")
      .select(["jurisdiction", "state_code"])
      .execute();
    expect(states.filter((b) => b.jurisdiction === "US").every((b) => b.state_code !== null)).toBe(true);
    expect(states.filter((b) => b.jurisdiction === "CN").every((b) => b.state_code === null)).toBe(true);
    const full = generatePortfolio().borrowers.map((b) => b.input.state);
    expect(full.filter((state) => state === "MA").length).toBeGreaterThan(10);
  });
});

describe.each(dialects)("a first communication older than the history window on %s", (dialect) => {
  let t: TestApp;
  let clock = Date.now();
  beforeAll(async () => {
    const { config, drop } = await freshDatabase(dialect);
    const built = await buildApp(config, { clock: () => new Date(clock) });
    const close = async () => {
      await built.close();
      await drop();
    };
    t = { ...built, drop: close };
    await seedDemo(t.deps, { size: { borrowers: 10, collectors: 6, historyDays: 5 } });
  });
  afterAll(async () => t?.drop());

  it("still clears credit reporting 40 days on, and still holds collection for the validation notice", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, `FACT-OLD-${dialect}`);
    const start = new Date(clock);
    const spoken = (
      await askDecision(t.app, collector, {
        accountId,
        channel: "call",
        target: { kind: "borrower" },
        at: usNoonTomorrow(start),
      })
    ).json();
    const recorded = await t.app.inject({
      method: "POST",
      url: `/v1/contact-decisions/${spoken.id}/outcome`,
      headers: { cookie: collector },
      payload: { outcome: "conversation", at: start.toISOString() },
    });
    expect(recorded.statusCode).toBe(201);

    clock += 40 * 86_400_000;
    const later = await loginAs(t.app, "collector");
    const ask = async (channel: string) =>
      (
        await askDecision(t.app, later, {
          accountId,
          channel,
          target: { kind: "borrower" },
          at: usNoonTomorrow(new Date(clock)),
        })
      ).json();
    expect((await ask("credit_reporting")).decision).toBe("allow");
    const held = await ask("call");
    expect(held.decision).toBe("defer");
    expect(rules(held)).toContain("validation-notice-overdue");
  });
});
