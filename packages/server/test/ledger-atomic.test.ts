import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { dialects } from "../src/test-support/test-database.js";
import { freshUsAccount, usNoonTomorrow } from "./decisions-fixture.js";
import { buildDemoApp, loginAs } from "./demo-app.js";
import { killInsertsInto } from "./kill-writes.js";

describe.each(dialects)("ledger entries commit with their change on %s", (dialect) => {
  let t: TestApp;
  let supervisor: string;
  beforeAll(async () => {
    t = await buildDemoApp(dialect);
    supervisor = await loginAs(t.app, "supervisor");
  });
  afterAll(async () => t?.drop());

  const inject = (method: "POST" | "PUT", url: string, cookie: string, payload: object) =>
    t.app.inject({ method, url, headers: { cookie }, payload });
  const entryAt = async (idx: number) =>
    JSON.parse(
      (
        await t.deps.store.db
          .selectFrom("ledger_entries")
          .select("body")
          .where("idx", "=", idx)
          .executeTakeFirstOrThrow()
      ).body,
    );
  const counts = async () => {
    const db = t.deps.store.db;
    const count = async (
      table: "ledger_entries" | "contact_decisions" | "holds" | "preferences" | "contacts",
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const head = await db.selectFrom("ledger_head").select("next_index").executeTakeFirstOrThrow();
    return {
      entries: await count("ledger_entries"),
      head: Number(head.next_index),
      decisions: await count("contact_decisions"),
      holds: await count("holds"),
      preferences: await count("preferences"),
      contacts: await count("contacts"),
    };
  };

  it("records every decision (allow, defer, deny), outcome, hold and preference change with its entry", async () => {
    const { accountId, borrowerId, collector } = await freshUsAccount(t.app, `ATOM-${dialect}-1`);
    const decide = (at: string) =>
      inject("POST", "/v1/contact-decisions", collector, {
        accountId,
        channel: "call",
        target: { kind: "borrower" },
        at,
      });
    const allowed = (await decide(usNoonTomorrow())).json();
    expect(allowed.decision).toBe("allow");
    expect(await entryAt(allowed.ledgerIndex)).toMatchObject({
      type: "contact.decided",
      decisionId: allowed.id,
      decision: "allow",
    });

    const outcome = await inject("POST", `/v1/contact-decisions/${allowed.id}/outcome`, collector, {
      outcome: "no_answer",
      at: new Date().toISOString(),
    });
    expect(outcome.statusCode).toBe(201);
    expect(await entryAt(outcome.json().ledgerIndex)).toMatchObject({
      type: "contact.outcome_recorded",
      decisionId: allowed.id,
      outcome: "no_answer",
    });

    const ninePm = new Date(Date.parse(usNoonTomorrow()) + 9 * 3_600_000).toISOString();
    const deferred = (await decide(ninePm)).json();
    expect(deferred.decision).toBe("defer");
    expect(await entryAt(deferred.ledgerIndex)).toMatchObject({ decisionId: deferred.id, decision: "defer" });

    const before = (await counts()).head;
    const prefs = await inject("PUT", `/v1/borrowers/${borrowerId}/preferences`, supervisor, {
      optedOutChannels: ["email"],
      inconvenientTimes: [],
      preferredHours: null,
      preferredChannels: [],
    });
    expect(prefs.statusCode).toBe(200);
    expect(await entryAt(before)).toMatchObject({
      type: "preference.changed",
      borrowerId,
      optedOutChannels: ["email"],
    });

    const hold = await inject("POST", `/v1/borrowers/${borrowerId}/holds`, supervisor, {
      kind: "cease",
      effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
      inWriting: true,
    });
    expect(hold.statusCode).toBe(201);
    expect(await entryAt(before + 1)).toMatchObject({
      type: "hold.recorded",
      holdId: hold.json().id,
      kind: "cease",
    });

    const denied = (await decide(usNoonTomorrow())).json();
    expect(denied.decision).toBe("deny");
    expect(await entryAt(denied.ledgerIndex)).toMatchObject({ decisionId: denied.id, decision: "deny" });
  });

  it("kills a decision after its entry is written and finds neither the decision nor its entry", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, `ATOM-${dialect}-2`);
    const before = await counts();
    const revive = await killInsertsInto(t.deps.store.db, dialect, "contact_decisions");
    const killed = await inject("POST", "/v1/contact-decisions", collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    await revive();
    expect(killed.statusCode).toBe(500);
    expect(await counts()).toEqual(before);
    const next = await inject("POST", "/v1/contact-decisions", collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    expect(next.json().ledgerIndex).toBe(before.head);
  });

  it("kills an outcome, a hold and a preference change at their entry and finds none of the changes", async () => {
    const { accountId, borrowerId, collector } = await freshUsAccount(t.app, `ATOM-${dialect}-3`);
    const decision = (
      await inject("POST", "/v1/contact-decisions", collector, {
        accountId,
        channel: "call",
        target: { kind: "borrower" },
        at: usNoonTomorrow(),
      })
    ).json();
    const before = await counts();
    const revive = await killInsertsInto(t.deps.store.db, dialect, "ledger_entries");
    try {
      const answers = [
        await inject("POST", `/v1/contact-decisions/${decision.id}/outcome`, collector, {
          outcome: "conversation",
          at: new Date().toISOString(),
        }),
        await inject("POST", `/v1/borrowers/${borrowerId}/holds`, supervisor, {
          kind: "dispute",
          effectiveFrom: new Date().toISOString(),
        }),
        await inject("PUT", `/v1/borrowers/${borrowerId}/preferences`, supervisor, {
          optedOutChannels: ["sms"],
          inconvenientTimes: [],
          preferredHours: null,
          preferredChannels: [],
        }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([500, 500, 500]);
    } finally {
      await revive();
    }
    expect(await counts()).toEqual(before);
    const row = await t.deps.store.db
      .selectFrom("contact_decisions")
      .select("outcome")
      .where("id", "=", decision.id)
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBeNull();
  });
});
