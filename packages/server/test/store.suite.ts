import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignAccount } from "../src/services/accounts/assign-account.js";
import { createAccount } from "../src/services/accounts/create-account.js";
import { getAccount, listAccounts } from "../src/services/accounts/read-accounts.js";
import type { Actor } from "../src/services/actor.js";
import { createAgency } from "../src/services/agencies/agencies.js";
import { createBorrower } from "../src/services/borrowers/create-borrower.js";
import { getBorrower, lookupBorrowers } from "../src/services/borrowers/read-borrowers.js";
import { noteCommunication } from "../src/services/contacts/communications.js";
import type { ServiceDeps } from "../src/services/deps.js";
import { listHolds, recordHold } from "../src/services/holds/holds.js";
import { getPreferences, setPreferences } from "../src/services/preferences/preferences.js";
import { createUser } from "../src/services/users/users.js";
import type { Dialect } from "../src/store/connect.js";
import { buildTestApp, type TestApp } from "../src/test-support/test-app.js";

const supervisor: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  role: "supervisor",
  agencyId: null,
  borrowerId: null,
};

/**
 * The store suite: the same repository code and the same assertions on every
 * dialect, over a real database created for this run.
 */
export function storeSuite(dialect: Dialect): void {
  describe(`store on ${dialect}`, () => {
    let t: TestApp;
    let deps: ServiceDeps;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      deps = t.deps;
    });
    afterAll(async () => t?.drop());

    const borrowerInput = {
      ref: "R-1",
      name: "李雷",
      phones: ["+8613912345678"],
      email: "lilei@example.cn",
      nationalId: "110101199001011234",
      address: "北京市海淀区中关村大街1号",
      timeZone: "Asia/Shanghai",
      locale: "zh-CN" as const,
      jurisdiction: "CN" as const,
    };

    it("stores a borrower sealed and reads it back whole for a supervisor who states a purpose", async () => {
      const created = await createBorrower(deps, supervisor, borrowerInput);
      expect((await getBorrower(deps, supervisor, created.id)).phones).toEqual(["139****5678"]);
      const read = await getBorrower(deps, { ...supervisor, purpose: "complaint_handling" }, created.id);
      expect(read).toMatchObject({
        name: "李雷",
        phones: ["+8613912345678"],
        nationalId: "110101199001011234",
        masked: false,
      });
      const row = await deps.store.db
        .selectFrom("borrowers")
        .selectAll()
        .where("id", "=", created.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain("李雷");
      expect(JSON.stringify(row)).not.toContain("13912345678");
      expect(row.name_sealed.startsWith(`fc2:${created.id}:`)).toBe(true);
    });

    it("finds a borrower by exact phone and national id through blind indexes", async () => {
      const byPhone = await lookupBorrowers(deps, supervisor, { phone: "+8613912345678" });
      const byId = await lookupBorrowers(deps, supervisor, { nationalId: "110101199001011234" });
      expect(byPhone.map((b) => b.ref)).toEqual(["R-1"]);
      expect(byId.map((b) => b.ref)).toEqual(["R-1"]);
      expect(await lookupBorrowers(deps, supervisor, { phone: "+8613912345679" })).toEqual([]);
    });

    it("refuses a second borrower with the same ref and writes nothing", async () => {
      const before = await deps.store.db
        .selectFrom("ledger_entries")
        .select(({ fn }) => fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      await expect(createBorrower(deps, supervisor, borrowerInput)).rejects.toMatchObject({
        code: "CONFLICT",
      });
      const after = await deps.store.db
        .selectFrom("ledger_entries")
        .select(({ fn }) => fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it("scopes accounts to the collector they are assigned to and to that collector's agency", async () => {
      const agency = await createAgency(deps, supervisor, { code: "AG1", name: "Agency One" });
      const other = await createAgency(deps, supervisor, { code: "AG2", name: "Agency Two" });
      const agent = await createUser(deps, null, {
        username: "agent-one",
        password: "long-enough-password",
        role: "collector",
        displayName: "Agent One",
        agencyId: agency.id,
      });
      const [borrower] = await lookupBorrowers(deps, supervisor, { phone: "+8613912345678" });
      const mine = await createAccount(deps, supervisor, {
        ref: "ACC-1",
        borrowerId: borrower!.id,
        product: "consumer_loan",
        principalMinor: 100_000,
        outstandingMinor: 80_000,
        currency: "CNY",
        dueDate: "2026-10-01",
        daysPastDue: 59,
        status: "in_collection",
        agencyId: agency.id,
        collectorId: agent.id,
      });
      const theirs = await createAccount(deps, supervisor, {
        ref: "ACC-2",
        borrowerId: borrower!.id,
        product: "consumer_loan",
        principalMinor: 100_000,
        outstandingMinor: 80_000,
        currency: "CNY",
        dueDate: "2026-10-01",
        daysPastDue: 59,
        status: "in_collection",
        agencyId: other.id,
        collectorId: null,
      });
      const grant = {
        agreementId: "a1",
        purposes: ["collection"],
        fields: ["name", "phones"],
        onwardTransfer: false,
      };
      const actor: Actor = {
        userId: agent.id,
        role: "collector",
        agencyId: agency.id,
        borrowerId: null,
        grant,
      };
      expect((await listAccounts(deps, actor, { limit: 50, offset: 0 })).map((a) => a.ref)).toEqual([
        "ACC-1",
      ]);
      expect((await getAccount(deps, actor, mine.id)).outstandingMinor).toBe(80_000);
      await expect(getAccount(deps, actor, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getBorrower(deps, actor, borrower!.id)).name).toBe("李**");
      await expect(getAccount(deps, { ...actor, grant: null }, mine.id)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("keeps holds as immutable effective-dated rows and ends one only by a newer row", async () => {
      const [borrower] = await lookupBorrowers(deps, supervisor, { phone: "+8613912345678" });
      const id = borrower!.id;
      await recordHold(deps, supervisor, id, {
        kind: "cease",
        state: "active",
        effectiveFrom: "2026-01-05T09:00:00+08:00",
        inWriting: true,
      });
      expect((await listHolds(deps, supervisor, id)).active.map((h) => h.kind)).toEqual(["cease"]);
      await recordHold(deps, supervisor, id, {
        kind: "cease",
        state: "ended",
        effectiveFrom: "2026-02-01T09:00:00+08:00",
        inWriting: false,
      });
      const holds = await listHolds(deps, supervisor, id);
      expect(holds.rows).toHaveLength(2);
      expect(holds.rows[0]!.effectiveFrom).toBe("2026-01-05T01:00:00.000Z");
      expect(holds.active).toEqual([]);
    });

    it("keeps the newest preferences in force", async () => {
      const [borrower] = await lookupBorrowers(deps, supervisor, { phone: "+8613912345678" });
      const id = borrower!.id;
      expect((await getPreferences(deps, supervisor, id)).optedOutChannels).toEqual([]);
      await setPreferences(deps, supervisor, id, {
        optedOutChannels: ["sms"],
        inconvenientTimes: [],
        preferredHours: null,
        preferredChannels: ["email"],
      });
      await setPreferences(deps, supervisor, id, {
        optedOutChannels: ["sms", "call"],
        inconvenientTimes: [{ from: "12:00", to: "13:30" }],
        preferredHours: { from: "09:00", to: "18:00" },
        preferredChannels: ["email"],
      });
      const prefs = await getPreferences(deps, supervisor, id);
      expect(prefs.optedOutChannels).toEqual(["sms", "call"]);
      expect(prefs.inconvenientTimes).toEqual([{ from: "12:00", to: "13:30" }]);
    });

    it("keeps a US borrower's state in clear and an account's notices, clearing the outsourcing notice on a move", async () => {
      const us = await createBorrower(deps, supervisor, {
        ref: "R-US",
        name: "Pat Example",
        phones: ["+16175550123"],
        timeZone: "America/New_York",
        locale: "en-US",
        jurisdiction: "US",
        state: "MA",
      });
      expect((await getBorrower(deps, supervisor, us.id)).state).toBe("MA");
      const [one, two] = [
        await createAgency(deps, supervisor, { code: "NT1", name: "Notice One" }),
        await createAgency(deps, supervisor, { code: "NT2", name: "Notice Two" }),
      ];
      const account = await createAccount(deps, supervisor, {
        ref: "ACC-US",
        borrowerId: us.id,
        product: "personal_loan",
        principalMinor: 100_000,
        outstandingMinor: 80_000,
        currency: "USD",
        dueDate: "2026-10-01",
        daysPastDue: 90,
        status: "in_collection",
        agencyId: one.id,
        validationNoticeSentAt: "2026-08-03T10:00:00-04:00",
        outsourcingNoticeAt: "2026-09-01T10:00:00-04:00",
      });
      expect(await getAccount(deps, supervisor, account.id)).toMatchObject({
        firstCommunicationAt: "2026-08-03T14:00:00.000Z",
        validationNoticeSentAt: "2026-08-03T14:00:00.000Z",
        outsourcingNoticeAt: "2026-09-01T14:00:00.000Z",
      });
      const stay = await assignAccount(deps, supervisor, account.id, { agencyId: one.id, collectorId: null });
      expect(stay.outsourcingNoticeAt).toBe("2026-09-01T14:00:00.000Z");
      await assignAccount(deps, supervisor, account.id, { agencyId: two.id, collectorId: null });
      expect((await getAccount(deps, supervisor, account.id)).outsourcingNoticeAt).toBeNull();
    });

    it("keeps the earliest first communication and validation notice of an account, whatever order they come in", async () => {
      const account = (await listAccounts(deps, supervisor, { limit: 50, offset: 0 })).find(
        (a) => a.ref === "ACC-1",
      );
      const contact = { account_id: account!.id, target: "borrower", purpose: "collection" };
      const noted = async () => (await getAccount(deps, supervisor, account!.id)).firstCommunicationAt;
      await noteCommunication(deps.store.db, {
        ...contact,
        channel: "call",
        outcome: "no_answer",
        at: "2026-03-01T10:00:00.000Z",
      });
      expect(await noted()).toBeNull();
      const letter = { ...contact, channel: "letter", outcome: "sent", purpose: "validation_notice" };
      await noteCommunication(deps.store.db, { ...letter, at: "2026-03-10T10:00:00.000Z" });
      await noteCommunication(deps.store.db, { ...letter, at: "2026-03-05T10:00:00.000Z" });
      await noteCommunication(deps.store.db, { ...letter, at: "2026-03-20T10:00:00.000Z" });
      expect(await getAccount(deps, supervisor, account!.id)).toMatchObject({
        firstCommunicationAt: "2026-03-05T10:00:00.000Z",
        validationNoticeSentAt: "2026-03-05T10:00:00.000Z",
      });
    });

    it("gives every change a gapless ledger index with no personal data in the entry", async () => {
      const entries = await deps.store.db.selectFrom("ledger_entries").selectAll().orderBy("idx").execute();
      expect(entries.map((e) => Number(e.idx))).toEqual(entries.map((_, i) => i));
      expect(entries.map((e) => e.type)).toContain("hold.recorded");
      const all = entries.map((e) => e.body).join("\n");
      for (const secret of ["李雷", "13912345678", "110101199001011234", "lilei@example.cn", "中关村"]) {
        expect(all).not.toContain(secret);
      }
    });

    if (dialect === "sqlite") {
      it("leaves no personal value in clear in the SQLite file or its WAL", async () => {
        const files = [deps.store.location, `${deps.store.location}-wal`];
        const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
        expect(bytes.length).toBeGreaterThan(0);
        for (const secret of ["李雷", "+8613912345678", "110101199001011234", "lilei@example.cn"]) {
          expect(bytes.includes(Buffer.from(secret))).toBe(false);
        }
      });
    }
  });
}
