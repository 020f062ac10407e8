import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeps } from "../src/build-app.js";
import { createHttpApp } from "../src/http/create-http-app.js";
import { startDecisionWorker } from "../src/services/contacts/decision-worker.js";
import { WriterTurn } from "../src/store/writer-turn.js";
import type { TestApp } from "../src/test-support/test-app.js";
import { freshDatabase } from "../src/test-support/test-database.js";
import { askDecision, freshUsAccount, usNoonTomorrow } from "./decisions-fixture.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

// `serve` on SQLite takes decisions on a worker thread with its own connection; these run the same
// app the same way, so the thread boundary (requests, answers, refusals, shared write lock) is covered.
describe("contact decisions on the decision worker thread (SQLite, as `serve` runs them)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildDemoApp("sqlite", { decisionWorker: true });
  });
  afterAll(async () => t?.drop());

  const decide = (cookie: string, payload: unknown) => askDecision(t.app, cookie, payload);

  it("allows exactly 7 of 200 concurrent calls on one US debt and records all 200 with their ledger entries", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "WRK-1");
    const at = usNoonTomorrow();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        decide(collector, { accountId, channel: "call", target: { kind: "borrower" }, at }),
      ),
    );
    expect(answers.every((a) => a.statusCode === 201)).toBe(true);
    const decisions = answers.map((a) => a.json().decision);
    expect(decisions.filter((d) => d === "allow")).toHaveLength(7);
    const stored = await t.deps.store.db
      .selectFrom("contact_decisions")
      .select(["decision", "ledger_index"])
      .where("account_id", "=", accountId)
      .execute();
    expect(stored).toHaveLength(200);
    const indexes = new Set(answers.map((a) => a.json().ledgerIndex));
    expect(new Set(stored.map((s) => s.ledger_index))).toEqual(indexes);
  });

  it("carries refusals across the thread as the same problems: a missing account, an instant in the past", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "WRK-2");
    const missing = await decide(collector, {
      accountId: "00000000-0000-7000-8000-000000000000",
      channel: "letter",
      target: { kind: "borrower" },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: "NOT_FOUND", detail: "account not found" });
    const past = await decide(collector, {
      accountId,
      channel: "letter",
      target: { kind: "borrower" },
      at: "2020-01-01T00:00:00Z",
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors).toEqual([{ path: "at", message: "must not lie in the past" }]);
  });

  it("lets a write from the event loop through while the worker is flooded, and the next decision sees it", async () => {
    const { accountId, borrowerId, collector } = await freshUsAccount(t.app, "WRK-3");
    const busy = await freshUsAccount(t.app, "WRK-3-FLOOD");
    const supervisor = await loginAs(t.app, "supervisor");
    let floodDone = false;
    const flood = Promise.all(
      Array.from({ length: 1_000 }, () =>
        decide(busy.collector, {
          accountId: busy.accountId,
          channel: "letter",
          target: { kind: "borrower" },
        }),
      ),
    ).finally(() => {
      floodDone = true;
    });
    const hold = await t.app.inject({
      method: "POST",
      url: `/v1/borrowers/${borrowerId}/holds`,
      headers: { cookie: supervisor },
      payload: { kind: "complaint_hold", effectiveFrom: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(hold.statusCode).toBe(201);
    expect(floodDone).toBe(false);
    const held = await decide(collector, {
      accountId,
      channel: "call",
      target: { kind: "borrower" },
      at: usNoonTomorrow(),
    });
    expect(held.json()).toMatchObject({ decision: "defer", nextAllowedAt: null });
    expect((await flood).every((a) => a.statusCode === 201)).toBe(true);
  });
});

describe("a stopped decision worker", () => {
  it("fails every decision closed with 503, and /healthz says so", async () => {
    const { config, drop } = await freshDatabase("sqlite");
    const { deps } = await buildDeps(config);
    const failures: Error[] = [];
    const worker = await startDecisionWorker(config, new WriterTurn(), (error) => failures.push(error));
    const app = await createHttpApp(deps, {
      gateway: worker,
      logLevel: "silent",
      trustProxy: false,
      login: { maxFailures: 5, lockoutSeconds: 900, sessionTtlHours: 12 },
    });
    try {
      expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
      await worker.stop();
      const health = await app.inject({ url: "/healthz" });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ code: "UNAVAILABLE", status: 503 });
      const actor = { userId: "u", role: "collector" as const, agencyId: null, borrowerId: null };
      await expect(
        worker.decide(actor, {
          accountId: "a",
          channel: "letter",
          target: { kind: "borrower" },
          purpose: "collection",
        }),
      ).rejects.toMatchObject({ code: "UNAVAILABLE" });
      // A stop asked for is not a failure to report.
      expect(failures).toEqual([]);
    } finally {
      await app.close();
      await deps.store.close();
      await drop();
    }
  });
});
