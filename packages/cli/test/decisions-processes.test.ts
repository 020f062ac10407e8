import type { ChildProcess } from "node:child_process";
import { freshDatabase } from "@faircollect/server/test-support/test-database";
import BetterSqlite from "better-sqlite3";
import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./run-cli.js";

const password = "faircollect-demo";
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

async function call(url: string, cookie: string, path: string, body?: unknown, method = "POST") {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? "GET" : method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A US account with no history, assigned to the demo collector. */
async function freshUsAccount(url: string, ref: string): Promise<string> {
  const supervisor = await login(url, "supervisor");
  const users = (await call(url, supervisor, "/v1/users?role=collector")).body as unknown as {
    id: string;
    username: string;
  }[];
  const collectorId = users.find((u) => u.username === "collector")!.id;
  const borrower = await call(url, supervisor, "/v1/borrowers", {
    ref,
    name: "Sam Example",
    phones: ["+12125550142"],
    timeZone: "America/New_York",
    locale: "en-US",
    jurisdiction: "US",
  });
  const account = await call(url, supervisor, "/v1/accounts", {
    ref: `${ref}-1`,
    borrowerId: borrower.body.id,
    product: "personal_loan",
    principalMinor: 100_000,
    outstandingMinor: 90_000,
    currency: "USD",
    dueDate: "2026-09-01",
    daysPastDue: 70,
    status: "in_collection",
    agencyId: null,
    collectorId,
  });
  return account.body.id as string;
}

const noonTomorrowNy = () =>
  DateTime.now()
    .setZone("America/New_York")
    .plus({ days: 1 })
    .set({ hour: 12, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO()!;

describe("contact decisions across processes", () => {
  it("allows exactly 7 of 200 concurrent calls on one US debt when two server processes share PostgreSQL", async () => {
    const { config, drop } = await freshDatabase("postgres");
    try {
      const env = {
        DATABASE_URL: config.databaseUrl,
        MASTER_KEY: config.masterKey!,
        DATA_DIR: config.dataDir,
        LOG_LEVEL: "warn",
      };
      expect((await runCli(["demo"], env)).code).toBe(0);
      const a = await startCli(["serve"], { ...env, PORT: "0" });
      const b = await startCli(["serve"], { ...env, PORT: "0" });
      children.push(a.child, b.child);
      const accountId = await freshUsAccount(a.url, "PG2-1");
      const cookies = [await login(a.url, "collector"), await login(b.url, "collector")];
      const at = noonTomorrowNy();
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          call(i % 2 ? b.url : a.url, cookies[i % 2]!, "/v1/contact-decisions", {
            accountId,
            channel: "call",
            target: { kind: "borrower" },
            at,
          }),
        ),
      );
      expect(answers.every((r) => r.status === 201)).toBe(true);
      expect(answers.filter((r) => r.body.decision === "allow")).toHaveLength(7);
      const client = new pg.Client({ connectionString: config.databaseUrl });
      await client.connect();
      const stored = await client.query(
        "select decision, count(*)::int as n from contact_decisions where account_id = $1 group by decision order by decision",
        [accountId],
      );
      await client.end();
      expect(stored.rows).toEqual([
        { decision: "allow", n: 7 },
        { decision: "defer", n: 193 },
      ]);
      a.child.kill("SIGTERM");
      b.child.kill("SIGTERM");
    } finally {
      await drop();
    }
  }, 120_000);

  for (const dialect of ["sqlite", "postgres"] as const) {
    it(`keeps every decision a client received after kill -9 of the server under load (${dialect})`, async () => {
      const { config, drop } = await freshDatabase(dialect);
      try {
        const env = {
          DATABASE_URL: config.databaseUrl,
          MASTER_KEY: config.masterKey!,
          DATA_DIR: config.dataDir,
          LOG_LEVEL: "warn",
        };
        expect((await runCli(["demo"], env)).code).toBe(0);
        const server = await startCli(["serve"], { ...env, PORT: "0" });
        children.push(server.child);
        const cookie = await login(server.url, "collector");
        const accounts = (await call(server.url, cookie, "/v1/accounts?limit=200")).body as unknown as {
          id: string;
        }[];
        const received: string[] = [];
        let stop = false;
        const worker = async (w: number) => {
          for (let i = w; !stop; i += 20) {
            try {
              const res = await call(server.url, cookie, "/v1/contact-decisions", {
                accountId: accounts[i % accounts.length]!.id,
                channel: "letter",
                target: { kind: "borrower" },
              });
              if (res.status === 201) received.push(res.body.id as string);
            } catch {
              return; // the server is gone
            }
          }
        };
        const workers = Array.from({ length: 20 }, (_, w) => worker(w));
        while (received.length < 300) await new Promise((r) => setTimeout(r, 20));
        server.child.kill("SIGKILL");
        stop = true;
        await Promise.all(workers);
        const ids = new Set<string>();
        if (dialect === "sqlite") {
          const db = new BetterSqlite(config.databaseUrl.slice("file:".length), { readonly: true });
          for (const row of db.prepare("select id from contact_decisions").all() as { id: string }[])
            ids.add(row.id);
          db.close();
        } else {
          const client = new pg.Client({ connectionString: config.databaseUrl });
          await client.connect();
          for (const row of (await client.query("select id from contact_decisions")).rows) ids.add(row.id);
          await client.end();
        }
        const lost = received.filter((id) => !ids.has(id));
        expect(received.length).toBeGreaterThanOrEqual(300);
        expect(lost).toEqual([]);
      } finally {
        await drop();
      }
    }, 120_000);
  }
});
