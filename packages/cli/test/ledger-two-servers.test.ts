import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { noteSignerFromSeed, signerKeyString, verifierKeyString } from "@faircollect/domain/ledger/note-keys";
import { freshDatabase } from "@faircollect/server/test-support/test-database";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./run-cli.js";

const logSigner = noteSignerFromSeed("two-servers.local/ledger", new Uint8Array(32).fill(5));
const servers: ChildProcess[] = [];
let drop: () => Promise<void>;
let env: Record<string, string>;
let dataDir: string;
let urls: string[];

async function call(
  url: string,
  path: string,
  init: { method?: string; cookie?: string; body?: unknown } = {},
) {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: res.status, json: await res.json(), cookie: res.headers.get("set-cookie")?.split(";")[0] };
}

const login = async (url: string, username: string) =>
  (await call(url, "/v1/auth/login", { method: "POST", body: { username, password: "faircollect-demo" } }))
    .cookie!;

beforeAll(async () => {
  const fresh = await freshDatabase("postgres");
  drop = fresh.drop;
  dataDir = fresh.config.dataDir;
  env = {
    DATABASE_URL: fresh.config.databaseUrl,
    MASTER_KEY: fresh.config.masterKey!,
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    PORT: "0",
    LEDGER_SIGNING_KEY: signerKeyString(logSigner),
    LEDGER_CHECKPOINT_SECONDS: "1",
    LEDGER_CHECKPOINT_EVERY: "25",
  };
  const first = await startCli(["serve", "--demo"], env);
  const second = await startCli(["serve"], env);
  servers.push(first.child, second.child);
  urls = [first.url, second.url];
}, 120_000);
afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await drop?.();
});

describe("two server processes on one PostgreSQL database", () => {
  it("append concurrently, keep indexes gapless and export a tree that verifies", async () => {
    const sessions = await Promise.all(
      urls.map(async (url) => ({
        url,
        collector: await login(url, "collector"),
        supervisor: await login(url, "supervisor"),
      })),
    );
    const accounts = (await call(urls[0]!, "/v1/accounts?limit=20", { cookie: sessions[0]!.collector }))
      .json as {
      id: string;
      borrowerId: string;
    }[];
    expect(accounts.length).toBeGreaterThan(5);
    const work = sessions.flatMap((s, w) => [
      ...accounts.map((a) =>
        call(s.url, "/v1/contact-decisions", {
          method: "POST",
          cookie: s.collector,
          body: { accountId: a.id, channel: w === 0 ? "call" : "sms", target: { kind: "borrower" } },
        }),
      ),
      ...accounts.slice(0, 8).map((a) =>
        call(s.url, `/v1/borrowers/${a.borrowerId}/holds`, {
          method: "POST",
          cookie: s.supervisor,
          body: { kind: "dispute", effectiveFrom: new Date().toISOString() },
        }),
      ),
    ]);
    const answers = await Promise.all(work);
    expect(answers.filter((a) => a.status >= 300)).toEqual([]);
    const decisionIndexes = answers.flatMap((a) =>
      a.json.ledgerIndex === undefined ? [] : [a.json.ledgerIndex],
    );
    expect(new Set(decisionIndexes).size).toBe(accounts.length * 2);

    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(
      "select count(*)::int as n, min(idx)::int as lo, max(idx)::int as hi from ledger_entries",
    );
    await client.end();
    expect(rows[0]).toEqual({ n: rows[0].hi + 1, lo: 0, hi: rows[0].n - 1 });

    const out = join(dataDir, "export");
    const exported = await runCli(["ledger", "export", "--out", out], env);
    expect(exported.stdout).toContain(`exported ${rows[0].n} entries`);
    const verified = await runCli(["ledger", "verify", out, "--key", verifierKeyString(logSigner)], {});
    expect(verified.stderr).toBe("");
    expect(verified.stdout).toContain(`ok: tree size ${rows[0].n}`);
  });
});
