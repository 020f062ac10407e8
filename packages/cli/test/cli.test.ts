import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleAccountsCsv } from "@faircollect/server/import/account-csv";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "faircollect-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const envFor = (name: string) => ({
  DATA_DIR: join(dir, name),
  DATABASE_URL: `file:${join(dir, name, "fc.db")}`,
  LOG_LEVEL: "warn",
});

describe("faircollect serve --demo (what npm start runs)", () => {
  it("seeds an empty database, prints the URL and logins, and every demo user can log in", async () => {
    const { child, url, output } = await startCli(["serve", "--demo"], { ...envFor("serve"), PORT: "0" });
    try {
      expect(output()).toContain("seeded the demo portfolio: 2000 borrowers");
      expect(output()).toContain("admin, supervisor, auditor, collector, agent-a, agent-b, borrower");
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      for (const username of [
        "admin",
        "supervisor",
        "auditor",
        "collector",
        "agent-a",
        "agent-b",
        "borrower",
      ]) {
        const res = await fetch(`${url}/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username, password: "faircollect-demo" }),
        });
        expect({ username, status: res.status }).toEqual({ username, status: 200 });
      }
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("refuses to start with a master key that is not the database's, naming the problem", async () => {
    const res = await runCli(["serve"], {
      ...envFor("serve"),
      PORT: "0",
      MASTER_KEY: Buffer.alloc(32, 7).toString("base64"),
    });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain("is not the key this database was sealed with");
  });

  it("refuses to start on bad configuration, naming each bad key", async () => {
    const res = await runCli(["serve"], { ...envFor("bad"), PORT: "http", LOG_LEVEL: "chatty" });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain("PORT");
    expect(res.stderr).toContain("LOG_LEVEL");
  });
});

describe("faircollect import accounts", () => {
  it("imports a 100,000-row CSV and shows progress", async () => {
    const file = join(dir, "100k.csv");
    writeFileSync(file, sampleAccountsCsv(100_000));
    const res = await runCli(["import", "accounts", file], envFor("import"));
    expect(res.stdout).toContain("imported 100000 accounts (50000 new borrowers)");
    expect(res.stderr).toMatch(/importing .*100000\/100000 rows/);
    expect(res.code).toBe(0);
  }, 120_000);

  it("names the three bad lines and imports nothing", async () => {
    const lines = sampleAccountsCsv(10).split("\n");
    lines[2] = lines[2]!.replace("+86139", "+86039");
    lines[5] = lines[5]!.replace("in_collection", "lost");
    lines[9] = lines[9]!.replace("CNY", "yuan");
    const file = join(dir, "bad.csv");
    writeFileSync(file, lines.join("\n"));
    const res = await runCli(["import", "accounts", file], envFor("bad-import"));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("nothing imported: 3 problems on 3 lines");
    expect(res.stderr).toContain("line 3, column phone");
    expect(res.stderr).toContain("line 6, column status");
    expect(res.stderr).toContain("line 10, column currency");
  });
});

describe("faircollect users create and migrate", () => {
  it("creates a user whose password is read from standard input", async () => {
    const env = envFor("users");
    expect((await runCli(["migrate"], env)).stdout).toContain("0001-foundation");
    const res = await runCli(
      ["users", "create", "--username", "ops", "--role", "admin"],
      env,
      "a-long-admin-password\n",
    );
    expect(res.stdout).toMatch(/created admin `ops`/);
    const again = await runCli(
      ["users", "create", "--username", "ops", "--role", "admin"],
      env,
      "a-long-admin-password\n",
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("username `ops` is taken");
  });
});
