import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../src/services/actor.js";
import type { DecisionDeps } from "../src/services/contacts/decide-contact.js";
import { directGateway, groupCommitGateway } from "../src/services/contacts/decision-gateway.js";
import type { DecisionStore } from "../src/services/contacts/decision-store.js";
import { ACCOUNT_COLUMNS } from "../src/services/contacts/decision-store.js";
import { kyselyDecisionStore } from "../src/services/contacts/decision-store.kysely.js";
import { sqliteDecisionStore } from "../src/services/contacts/decision-store.sqlite.js";
import { loadContactFacts } from "../src/services/contacts/load-contact-facts.js";
import { recordOutcome } from "../src/services/contacts/record-outcome.js";
import type { TestApp } from "../src/test-support/test-app.js";
import { freshUsAccount, usNoonTomorrow } from "./decisions-fixture.js";
import { buildDemoApp } from "./demo-app.js";

describe("the SQLite group commit's prepared-statement path", () => {
  let t: TestApp;
  let deps: DecisionDeps;
  let collector: Actor;
  beforeAll(async () => {
    t = await buildDemoApp("sqlite");
    deps = t.deps as DecisionDeps;
    const user = await t.deps.store.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "collector")
      .executeTakeFirstOrThrow();
    collector = { userId: user.id, role: "collector", agencyId: null, borrowerId: null };
  });
  afterAll(async () => t?.drop());

  const db = () => t.deps.store.db;
  const decisionRow = (id: string) =>
    db().selectFrom("contact_decisions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const entryBody = async (idx: number) =>
    JSON.parse(
      (await db().selectFrom("ledger_entries").selectAll().where("idx", "=", idx).executeTakeFirstOrThrow())
        .body,
    );

  it("records the same decision row and ledger entry as the Kysely path", async () => {
    const { accountId, borrowerId } = await freshUsAccount(t.app, "FAST-SAME");
    const input = {
      accountId,
      channel: "call" as const,
      target: { kind: "borrower" as const },
      purpose: "collection",
      at: usNoonTomorrow(),
    };
    const fast = await groupCommitGateway(deps).decide(collector, input);
    const slow = await directGateway(deps).decide(collector, input);
    expect(fast.decision).toBe("allow");
    expect({ ...fast, id: "", ledgerIndex: 0 }).toEqual({ ...slow, id: "", ledgerIndex: 0 });
    const [fastRow, slowRow] = [await decisionRow(fast.id), await decisionRow(slow.id)];
    const comparable = (row: typeof fastRow) => ({ ...row, id: "", decided_at: "", ledger_index: 0 });
    expect(comparable(fastRow)).toEqual(comparable(slowRow));
    expect(fastRow.ledger_index).toBe(fast.ledgerIndex);
    const [fastEntry, slowEntry] = [await entryBody(fast.ledgerIndex), await entryBody(slow.ledgerIndex)];
    expect(fastEntry).toMatchObject({ type: "contact.decided", decisionId: fast.id, borrowerId });
    expect({ ...fastEntry, decisionId: "", at: "" }).toEqual({ ...slowEntry, decisionId: "", at: "" });
    const stored = await db()
      .selectFrom("ledger_entries")
      .select(["borrower_id", "type"])
      .where("idx", "=", fast.ledgerIndex)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ borrower_id: borrowerId, type: "contact.decided" });
  });

  it("loads the same facts as the Kysely adapter for accounts with contact history and pending decisions", async () => {
    const sqlite = t.deps.store.sqlite!;
    const accounts = await db()
      .selectFrom("accounts")
      .innerJoin("contacts", "contacts.account_id", "accounts.id")
      .select(ACCOUNT_COLUMNS.map((c) => `accounts.${c}` as const))
      .groupBy("accounts.id")
      .orderBy((eb) => eb.fn.countAll(), "desc")
      .limit(10)
      .execute();
    expect(accounts.length).toBeGreaterThan(0);
    const now = new Date();
    for (const account of accounts) {
      const letter = {
        accountId: account.id,
        channel: "letter" as const,
        target: { kind: "borrower" as const },
        purpose: "collection",
      };
      await directGateway(deps)
        .decide(collector as Actor, letter)
        .catch(() => undefined);
      const call = { ...letter, channel: "call" as const };
      const load = (store: DecisionStore) =>
        loadContactFacts(store, deps.codec, account, call, now, now, deps.inFlight, null);
      const viaSqlite = await db()
        .connection()
        .execute((conn) => load(sqliteDecisionStore(sqlite, conn)));
      const viaKysely = await load(kyselyDecisionStore(db()));
      expect(viaSqlite).toEqual(viaKysely);
      expect(viaSqlite.scenario.history.length).toBeGreaterThan(0);
    }
  });

  it("loads the account's first communication from before the history window, as the Kysely adapter does", async () => {
    const { accountId } = await freshUsAccount(t.app, "FAST-FIRST");
    const call = {
      accountId,
      channel: "call" as const,
      target: { kind: "borrower" as const },
      purpose: "collection",
      at: usNoonTomorrow(),
    };
    const spoken = await directGateway(deps).decide(collector, call);
    await recordOutcome(deps, collector, spoken.id, {
      outcome: "conversation",
      at: new Date().toISOString(),
    });
    // As if the conversation had been 40 days ago: older than any window a pack counts.
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await db().updateTable("contacts").set({ at: old }).where("decision_id", "=", spoken.id).execute();
    await db()
      .updateTable("accounts")
      .set({ first_communication_at: old })
      .where("id", "=", accountId)
      .execute();
    const account = await db()
      .selectFrom("accounts")
      .select(ACCOUNT_COLUMNS)
      .where("id", "=", accountId)
      .executeTakeFirstOrThrow();
    const now = new Date();
    const load = (store: DecisionStore) =>
      loadContactFacts(store, deps.codec, account, call, now, now, deps.inFlight, null);
    const viaSqlite = await db()
      .connection()
      .execute((conn) => load(sqliteDecisionStore(t.deps.store.sqlite!, conn)));
    expect(viaSqlite).toEqual(await load(kyselyDecisionStore(db())));
    expect(viaSqlite.scenario.history).toContainEqual(
      expect.objectContaining({ at: Date.parse(old), outcome: "conversation", debtId: accountId }),
    );
    expect(viaSqlite.scenario.flags.initialCommunicationAt).toBe(Date.parse(old));
  });

  it("rolls back only the refused decisions of a batch and keeps the ledger gapless", async () => {
    const { accountId } = await freshUsAccount(t.app, "FAST-BATCH");
    const gateway = groupCommitGateway(deps);
    const head = async () =>
      Number(
        (await db().selectFrom("ledger_head").select("next_index").executeTakeFirstOrThrow()).next_index,
      );
    const before = await head();
    const letter = {
      accountId,
      channel: "letter" as const,
      target: { kind: "borrower" as const },
      purpose: "collection",
    };
    const stranger: Actor = {
      userId: collector.userId,
      role: "borrower",
      agencyId: null,
      borrowerId: "nobody",
    };
    const results = await Promise.allSettled([
      gateway.decide(collector, letter),
      gateway.decide(stranger, letter),
      gateway.decide(collector, { ...letter, target: { kind: "third_party", thirdPartyId: "not-theirs" } }),
      gateway.decide(collector, letter),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: "NOT_FOUND" });
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: "VALIDATION_FAILED" });
    const indexes = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.ledgerIndex] : []));
    expect(indexes).toEqual([before, before + 1]);
    expect(await head()).toBe(before + 2);
    const rows = await db()
      .selectFrom("contact_decisions")
      .select("id")
      .where("account_id", "=", accountId)
      .execute();
    expect(rows).toHaveLength(2);
  });
});
