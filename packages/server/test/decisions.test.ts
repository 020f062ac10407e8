import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { askDecision, freshUsAccount, usNoonTomorrow } from "./decisions-fixture.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

describe("POST /v1/contact-decisions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp();
  });
  afterAll(async () => t?.drop());

  const decide = (cookie: string, payload: unknown) => askDecision(t.app, cookie, payload);

  it("allows a call inside the hours, records it with its ledger entry and gives the number to dial", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "DEC-1");
    const res = await decide(collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      decision: "allow",
      dial: { number: "+12125550199" },
      pack: { id: "us-reg-f" },
    });
    const row = await t.deps.store.db
      .selectFrom("contact_decisions")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.decision).toBe("allow");
    const entry = await t.deps.store.db
      .selectFrom("ledger_entries")
      .selectAll()
      .where("idx", "=", body.ledgerIndex)
      .executeTakeFirstOrThrow();
    expect(entry.type).toBe("contact.decided");
    expect(entry.body).toContain(body.id);
    expect(entry.body).not.toContain("2125550199");
  });

  it("defers a call at 21:00 New York time to 08:00 the next morning and records the deferral", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "DEC-2");
    const ninePm = new Date(Date.parse(usNoonTomorrow()) + 9 * 3_600_000).toISOString();
    const res = await decide(collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: ninePm,
    });
    const body = res.json();
    expect(body.decision).toBe("defer");
    expect(body.reasons.map((r: { kind: string }) => r.kind)).toContain("hours");
    expect(Date.parse(body.nextAllowedAt)).toBe(Date.parse(usNoonTomorrow()) + 20 * 3_600_000);
    expect(body.dial).toBeNull();
    const row = await t.deps.store.db
      .selectFrom("contact_decisions")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.decision).toBe("defer");
  });

  it("allows exactly 7 of 200 concurrent calls on one US debt with empty history", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "DEC-3");
    const at = usNoonTomorrow();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        decide(collector, { accountId, channel: "call", target: { kind: "borrower" }, at }),
      ),
    );
    const decisions = answers.map((a) => a.json().decision);
    expect(decisions.filter((d) => d === "allow")).toHaveLength(7);
    expect(decisions.filter((d) => d === "defer")).toHaveLength(193);
    const stored = await t.deps.store.db
      .selectFrom("contact_decisions")
      .select("decision")
      .where("account_id", "=", accountId)
      .execute();
    expect(stored).toHaveLength(200);
  });

  it("denies a collector whose training certification lapsed", async () => {
    const { accountId } = await freshUsAccount(t.app, "DEC-4");
    const supervisor = await loginAs(t.app, "supervisor");
    const users = (
      await t.app.inject({ url: "/v1/users?role=collector", headers: { cookie: supervisor } })
    ).json() as { id: string; username: string }[];
    const collectorId = users.find((u) => u.username === "collector")!.id;
    await t.app.inject({
      method: "PUT",
      url: `/v1/users/${collectorId}/certification`,
      headers: { cookie: supervisor },
      payload: { certifiedUntil: "2026-01-01T00:00:00Z" },
    });
    const collector = await loginAs(t.app, "collector");
    const res = await decide(collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    expect(res.json().decision).toBe("deny");
    expect(res.json().reasons.map((r: { kind: string }) => r.kind)).toContain("agent");
    await t.app.inject({
      method: "PUT",
      url: `/v1/users/${collectorId}/certification`,
      headers: { cookie: supervisor },
      payload: { certifiedUntil: "2030-01-01T00:00:00Z" },
    });
  });

  it("refuses an unknown field and records nothing", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "DEC-5");
    const res = await decide(collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      urgent: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("body.urgent");
    const stored = await t.deps.store.db
      .selectFrom("contact_decisions")
      .select("id")
      .where("account_id", "=", accountId)
      .execute();
    expect(stored).toEqual([]);
  });

  it("answers 404 for an account placed with another agency", async () => {
    const { accountId } = await freshUsAccount(t.app, "DEC-6");
    const agent = await loginAs(t.app, "agent-a");
    const res = await decide(agent, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    expect(res.statusCode).toBe(404);
  });
});

describe("screening in the contact decision", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp();
  });
  afterAll(async () => t?.drop());

  it("denies an SMS whose text threatens the borrower, naming the category and span", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "SCR-1");
    const text = "Pay today or we will send the police to arrest you at work.";
    const res = await askDecision(t.app, collector, {
      accountId,
      channel: "sms",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
      message: { text, hasOptOutNotice: true },
    });
    const body = res.json();
    expect(body.decision).toBe("deny");
    const content = body.reasons.filter((r: { kind: string }) => r.kind === "content");
    expect(content.length).toBeGreaterThan(0);
    expect(content[0].message.en).toMatch(/characters \d+–\d+/);
    const row = await t.deps.store.db
      .selectFrom("contact_decisions")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.message_digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("allows a clean reminder and says when the provider must stop trying to deliver it", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "SCR-2");
    const text =
      "This is a reminder from Demo Bank: your payment of $120.00 is due on Friday. Reply STOP to opt out.";
    const res = await askDecision(t.app, collector, {
      accountId,
      channel: "sms",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
      message: { text, hasOptOutNotice: true },
    });
    const body = res.json();
    expect(body.decision).toBe("allow");
    expect(Date.parse(body.sendBefore)).toBe(Date.parse(usNoonTomorrow()) + 9 * 3_600_000);
  });
});

describe("GET /v1/accounts/{id}/contact-status", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp();
  });
  afterAll(async () => t?.drop());

  it("shows per channel whether contact is allowed and what is left of each cap, recording nothing", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "ST-1");
    await askDecision(t.app, collector, { accountId, channel: "call", target: { kind: "borrower" } });
    const before = await t.deps.store.db.selectFrom("contact_decisions").select("id").execute();
    const res = await t.app.inject({
      url: `/v1/accounts/${accountId}/contact-status`,
      headers: { cookie: collector },
    });
    expect(res.statusCode).toBe(200);
    const status = res.json();
    expect(status.channels.map((c: { channel: string }) => c.channel)).toEqual([
      "call",
      "sms",
      "email",
      "push",
      "letter",
      "visit",
    ]);
    const letter = status.channels.find((c: { channel: string }) => c.channel === "letter");
    expect(letter.allowedNow).toBe(true);
    const sevenInSeven = status.caps.find(
      (c: { channel: string; limit: number }) => c.channel === "call" && c.limit === 7,
    );
    expect(sevenInSeven).toMatchObject({ remaining: 7 - sevenInSeven.used });
    expect(await t.deps.store.db.selectFrom("contact_decisions").select("id").execute()).toHaveLength(
      before.length,
    );
  });
});
