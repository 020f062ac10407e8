import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeAccounts } from "../src/services/access.js";
import type { Actor } from "../src/services/actor.js";
import { canReachAccount } from "../src/services/contacts/account-reach.js";
import { ACCOUNT_COLUMNS } from "../src/services/contacts/decision-store.js";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp } from "./demo-app.js";

describe("the SQLite decision path's account reach", () => {
  let t: TestApp;
  let actors: Record<string, Actor>;
  beforeAll(async () => {
    t = await buildDemoApp("sqlite");
    const users = await t.deps.store.db
      .selectFrom("users")
      .select(["id", "username", "role", "agency_id", "borrower_id"])
      .execute();
    const user = (name: string) => {
      const u = users.find((x) => x.username === name)!;
      return { userId: u.id, role: u.role, agencyId: u.agency_id, borrowerId: u.borrower_id } as Actor;
    };
    const grant = { agreementId: "agreement", purposes: ["collection"], fields: [], onwardTransfer: false };
    actors = {
      supervisor: user("supervisor"),
      auditor: user("auditor"),
      admin: user("admin"),
      collector: user("collector"),
      "agent-a under an agreement": { ...user("agent-a"), grant },
      "agent-a without an agreement": { ...user("agent-a"), grant: null },
      borrower: user("borrower"),
      "a stranger": { userId: "nobody", role: "collector", agencyId: null, borrowerId: null },
    };
  });
  afterAll(async () => t?.drop());

  it("reaches exactly the accounts scopeAccounts returns, for every kind of actor", async () => {
    const db = t.deps.store.db;
    const all = await db.selectFrom("accounts").select(ACCOUNT_COLUMNS).execute();
    for (const [name, actor] of Object.entries(actors)) {
      const scoped = await scopeAccounts(db.selectFrom("accounts").select("accounts.id"), actor).execute();
      const reached = all.filter((account) => canReachAccount(actor, account)).map((a) => a.id);
      expect(reached.sort(), name).toEqual(scoped.map((a) => a.id).sort());
    }
    // The comparison means something only if some actors reach some accounts and not others.
    expect(
      all.filter((a) => canReachAccount(actors["agent-a under an agreement"]!, a)).length,
    ).toBeGreaterThan(0);
    expect(all.filter((a) => canReachAccount(actors.collector!, a)).length).toBeLessThan(all.length);
  });
});
