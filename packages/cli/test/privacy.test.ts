import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePortfolio } from "@faircollect/server/demo/generate-portfolio";
import { freshDatabase } from "@faircollect/server/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./run-cli.js";

/** Every demo borrower's name, phone numbers (with and without the country code), email and national id. */
function demoSecrets(): string[] {
  const secrets = new Set<string>();
  for (const { input } of generatePortfolio().borrowers) {
    secrets.add(input.name);
    for (const phone of input.phones) {
      secrets.add(phone);
      secrets.add(phone.replace(/^\+(86|1)/, ""));
    }
    if (input.email) secrets.add(input.email);
    if (input.nationalId) secrets.add(input.nationalId);
  }
  return [...secrets];
}

/**
 * The secrets found in some bytes, searched as UTF-8 in one pass: candidates are
 * indexed by their first four bytes (every secret is at least six bytes long).
 */
function leaks(bytes: Buffer, secrets: readonly string[]): string[] {
  const byPrefix = new Map<number, Buffer[]>();
  for (const secret of secrets) {
    const needle = Buffer.from(secret, "utf8");
    const list = byPrefix.get(needle.readUInt32LE(0)) ?? [];
    list.push(needle);
    byPrefix.set(needle.readUInt32LE(0), list);
  }
  const found = new Set<string>();
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const candidates = byPrefix.get(bytes.readUInt32LE(i));
    if (!candidates) continue;
    for (const needle of candidates) {
      if (i + needle.length > bytes.length) continue;
      if (bytes.compare(needle, 0, needle.length, i, i + needle.length) === 0)
        found.add(needle.toString("utf8"));
    }
  }
  return [...found];
}

/** Every file under a directory, concatenated. */
function readTree(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path)),
  );
}

async function call(
  url: string,
  path: string,
  init: { method?: string; cookie?: string; body?: unknown } = {},
) {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      // Every call here is a supervisor checking what is stored: a stated purpose shows full values.
      ...(init.cookie ? { cookie: init.cookie, "x-purpose": "privacy_check" } : {}),
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  return {
    status: res.status,
    json: (await res.json()) as unknown,
    cookie: res.headers.get("set-cookie")?.split(";")[0],
  };
}

const login = async (url: string, username: string) =>
  (await call(url, "/v1/auth/login", { method: "POST", body: { username, password: "faircollect-demo" } }))
    .cookie!;

type BorrowerView = { id: string; name: string; phones: string[]; erased: boolean };

let dir: string;
const secrets = demoSecrets();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fc-privacy-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("personal data at rest", () => {
  it("the secrets list is real: it holds the demo borrowers' full names, numbers, emails and ids", () => {
    expect(secrets.length).toBeGreaterThan(6000);
    expect(secrets.some((s) => /^\+861\d{10}$/.test(s))).toBe(true);
    expect(secrets.some((s) => /^[\u4e00-\u9fff]{2,3}$/.test(s))).toBe(true);
    expect(secrets.every((s) => Buffer.byteLength(s) >= 4)).toBe(true);
    const chinese = secrets.find((s) => /^[\u4e00-\u9fff]{2,3}$/.test(s))!;
    expect(leaks(Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`x${chinese}y`)]), secrets)).toContain(
      chinese,
    );
  });

  it("leaves no demo borrower's name, phone, email or national id in clear in the SQLite file, its WAL, the logs or the ledger export", async () => {
    const env = {
      DATABASE_URL: `file:${join(dir, "leak", "fc.db")}`,
      DATA_DIR: join(dir, "leak"),
      PORT: "0",
      LOG_LEVEL: "debug",
    };
    const server = await startCli(["serve", "--demo"], env);
    try {
      const supervisor = await login(server.url, "supervisor");
      const listed = await call(server.url, "/v1/borrowers?limit=50", { cookie: supervisor });
      expect(listed.status).toBe(200);
      // The API does open them for a supervisor: proof the secrets are the stored ones.
      expect(leaks(Buffer.from(JSON.stringify(listed.json)), secrets).length).toBeGreaterThan(10);
      const phone = (listed.json as BorrowerView[])[0]!.phones[0]!;
      expect(
        (
          await call(server.url, "/v1/borrowers/lookup", {
            method: "POST",
            cookie: supervisor,
            body: { phone },
          })
        ).status,
      ).toBe(200);
      const db = readFileSync(join(dir, "leak", "fc.db"));
      const wal = readFileSync(join(dir, "leak", "fc.db-wal"));
      expect(db.length + wal.length).toBeGreaterThan(1_000_000);
      expect(leaks(db, secrets)).toEqual([]);
      expect(leaks(wal, secrets)).toEqual([]);
    } finally {
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
    }
    expect(server.output()).toContain("request completed");
    expect(leaks(Buffer.from(server.output()), secrets)).toEqual([]);
    const exported = await runCli(["ledger", "export", "--out", join(dir, "leak-export")], env);
    expect(exported.code).toBe(0);
    const ledger = readTree(join(dir, "leak-export"));
    expect(ledger.length).toBeGreaterThan(100_000);
    expect(leaks(ledger, secrets)).toEqual([]);
  }, 120_000);

  it("leaves none of them in clear in a pg_dump of a PostgreSQL database seeded with `faircollect demo`", async () => {
    const fresh = await freshDatabase("postgres");
    try {
      const env = {
        DATABASE_URL: fresh.config.databaseUrl,
        DATA_DIR: fresh.config.dataDir,
        LOG_LEVEL: "warn",
      };
      const seeded = await runCli(["demo"], env);
      expect(seeded.stdout).toContain("seeded 2000 borrowers");
      const dump = execFileSync("pg_dump", ["--no-owner", fresh.config.databaseUrl], {
        maxBuffer: 512 * 1024 * 1024,
      });
      expect(dump.length).toBeGreaterThan(1_000_000);
      expect(leaks(dump, secrets)).toEqual([]);
    } finally {
      await fresh.drop();
    }
  }, 120_000);
});

describe("master key rotation and retention against a serving process", () => {
  it("rotates while requests flow: no request fails and every record still decrypts, then after a restart on the new key alone", async () => {
    const env = {
      DATABASE_URL: `file:${join(dir, "rotate", "fc.db")}`,
      DATA_DIR: join(dir, "rotate"),
      PORT: "0",
      LOG_LEVEL: "warn",
    };
    const readAll = async (url: string, cookie: string) => {
      const all: BorrowerView[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await call(url, `/v1/borrowers?limit=500&offset=${offset}`, { cookie });
        expect(page.status).toBe(200);
        all.push(...(page.json as BorrowerView[]));
        if ((page.json as unknown[]).length < 500) return all.sort((a, b) => a.id.localeCompare(b.id));
      }
    };
    let server = await startCli(["serve", "--demo"], env);
    try {
      const supervisor = await login(server.url, "supervisor");
      const before = await readAll(server.url, supervisor);
      expect(before).toHaveLength(2000);
      const statuses: number[] = [];
      let flowing = true;
      const traffic = (async () => {
        for (let i = 0; flowing; i++) {
          const b = before[(i * 37) % before.length]!;
          const requests = [
            call(server.url, `/v1/borrowers/${b.id}`, { cookie: supervisor }),
            call(server.url, `/v1/borrowers/${b.id}/third-parties`, { cookie: supervisor }),
            call(server.url, "/v1/borrowers", {
              method: "POST",
              cookie: supervisor,
              body: {
                ref: `ROT-${i}`,
                name: `Rotation Tester ${i}`,
                phones: ["+12125550123"],
                timeZone: "America/New_York",
                locale: "en-US",
                jurisdiction: "US",
              },
            }),
          ];
          statuses.push(...(await Promise.all(requests)).map((r) => r.status));
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      const rotated = await runCli(["keys", "rotate", "--batch", "100"], env);
      expect(rotated.stderr).toBe("");
      expect(rotated.stdout).toMatch(/new master key [0-9a-f]{12}; re-wrapped \d+ data keys/);
      await new Promise((r) => setTimeout(r, 300));
      flowing = false;
      await traffic;
      expect(statuses.length).toBeGreaterThan(30);
      expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
      const retired = await runCli(["keys", "rotate", "--retire-old"], env);
      expect(retired.stdout).toContain("is the only key now");
      const keyFile = readFileSync(join(dir, "rotate", "master.key"), "utf8")
        .trim()
        .split("\n");
      expect(keyFile).toHaveLength(1);
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
      // A fresh process holds only the new key and no cached data key: every read goes through it.
      server = await startCli(["serve"], env);
      const cookie = await login(server.url, "supervisor");
      const after = await readAll(server.url, cookie);
      expect(after.filter((b) => before.some((x) => x.id === b.id))).toEqual(before);
      expect(after.filter((b) => b.name.startsWith("Rotation Tester")).length).toBe(statuses.length / 3);
    } finally {
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
    }

    const later = new Date(Date.now() + 4 * 365.25 * 86_400_000).toISOString();
    const retention = await runCli(["retention", "run", "--now", later], env);
    expect(retention.stdout).toMatch(/erased [1-9]\d* borrowers past retention/);
    const exported = await runCli(["ledger", "export", "--out", join(dir, "rotate-export")], env);
    expect(exported.code).toBe(0);
    const key = exported.stdout.match(/--key (\S+)/)![1]!;
    const verified = await runCli(["ledger", "verify", join(dir, "rotate-export"), "--key", key], env);
    expect(verified.stdout).toContain("ok: tree size");
    expect(readTree(join(dir, "rotate-export")).includes("borrower.erased")).toBe(true);
  }, 180_000);
});
