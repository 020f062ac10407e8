import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { rootFromLeaves } from "@faircollect/domain/ledger/merkle-root";
import { parseSignerKey } from "@faircollect/domain/ledger/note-keys";
import { decodeEntryBundle, encodeEntryBundle } from "@faircollect/domain/ledger/tiles";
import { type BuiltApp, buildApp } from "@faircollect/server/build-app";
import type { Config } from "@faircollect/server/config";
import { DEMO_PASSWORD, seedDemo } from "@faircollect/server/demo/seed-demo";
import { freshDatabase } from "@faircollect/server/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

let t: BuiltApp;
let config: Config;
let drop: () => Promise<void>;
let dir: string;
let env: Record<string, string>;

async function login(username: string): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/v1/auth/login",
    payload: { username, password: DEMO_PASSWORD },
  });
  return `fc_session=${res.cookies.find((c) => c.name === "fc_session")!.value}`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ledger-export-"));
  ({ config, drop } = await freshDatabase("sqlite"));
  t = await buildApp(config);
  await seedDemo(t.deps, { size: { borrowers: 40, collectors: 6, historyDays: 10 } });
  env = { DATABASE_URL: config.databaseUrl, DATA_DIR: config.dataDir, LOG_LEVEL: "silent" };
});
afterAll(async () => {
  await t?.close();
  await drop?.();
  rmSync(dir, { recursive: true, force: true });
});

/** The first entry bundle: full (`000`) or, for a log under 256 entries, partial (`000.p/<W>`). */
function firstBundle(exportDir: string): string {
  const full = join(exportDir, "tile", "entries", "000");
  if (existsSync(full)) return full;
  return join(
    exportDir,
    "tile",
    "entries",
    "000.p",
    readdirSync(join(exportDir, "tile", "entries", "000.p"))[0]!,
  );
}

/** A copy of the export with the first bundle's entries rewritten. */
function tampered(name: string, change: (entries: Uint8Array[]) => Uint8Array[]): string {
  const copy = join(dir, name);
  cpSync(join(dir, "export"), copy, { recursive: true });
  const bundle = firstBundle(copy);
  writeFileSync(bundle, encodeEntryBundle(change(decodeEntryBundle(readFileSync(bundle)).entries)));
  return copy;
}

describe("faircollect ledger export from a real server", () => {
  it("exports every entry under a fresh checkpoint and the export verifies with the public key", async () => {
    const res = await runCli(["ledger", "export", "--out", join(dir, "export")], env);
    expect(res.stderr).toBe("");
    const appended = await t.deps.store.db.selectFrom("ledger_entries").select("idx").execute();
    expect(res.stdout).toContain(`exported ${appended.length} entries`);
    expect(res.stdout).toContain(`--key ${t.ledger.verifierKey}`);
    const verify = await runCli(
      ["ledger", "verify", join(dir, "export"), "--key", t.ledger.verifierKey],
      env,
    );
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`ok: tree size ${appended.length}`);
  });

  it("fails naming the index when one byte changed, one entry was deleted or two were swapped", async () => {
    const flip = (entries: Uint8Array[]) =>
      entries.with(
        40,
        Uint8Array.from(entries[40]!, (b, i) => (i === 20 ? b ^ 1 : b)),
      );
    const cases: [string, string][] = [
      [tampered("byte", flip), "first bad index: 40"],
      [tampered("deleted", (e) => e.toSpliced(57, 1)), "first bad index: 57"],
      [tampered("swapped", (e) => e.toSpliced(90, 2, e[91]!, e[90]!)), "first bad index: 90"],
    ];
    for (const [copy, named] of cases) {
      const res = await runCli(["ledger", "verify", copy, "--key", t.ledger.verifierKey], env);
      expect({ copy, code: res.code }).toEqual({ copy, code: 1 });
      expect(res.stderr).toContain(named);
    }
  });

  it("fails when the checkpoint it trusted forks from the exported log", async () => {
    const signer = parseSignerKey(readFileSync(join(config.dataDir, "ledger.key"), "utf8"));
    if (!signer.ok) throw new Error(signer.problem);
    const entries = decodeEntryBundle(readFileSync(firstBundle(join(dir, "export")))).entries;
    const forked = entries.slice(0, 100).toSpliced(10, 2, entries[11]!, entries[10]!);
    writeFileSync(
      join(dir, "forked-checkpoint"),
      signCheckpoint({ origin: signer.key.name, size: 100, root: rootFromLeaves(forked) }, signer.key),
    );
    const res = await runCli(
      [
        "ledger",
        "verify",
        join(dir, "export"),
        "--key",
        t.ledger.verifierKey,
        "--trusted",
        join(dir, "forked-checkpoint"),
      ],
      env,
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("forks from the trusted checkpoint at size 100");
    expect(res.stderr).toContain("first bad index between 0 and 99");
  });

  it("gives the demo borrower a receipt that verifies offline with only the public key", async () => {
    const borrower = await login("borrower");
    const mine = (await t.app.inject({ url: "/v1/me/receipts", headers: { cookie: borrower } })).json();
    const index = mine.entries.find((e: { index: number }) => e.index < mine.treeSize).index;
    const receipt = await t.app.inject({
      url: `/v1/ledger/receipts/${index}`,
      headers: { cookie: borrower },
    });
    expect(receipt.statusCode).toBe(200);
    writeFileSync(join(dir, "receipt.json"), receipt.body);
    const ok = await runCli(
      ["ledger", "verify-receipt", join(dir, "receipt.json"), "--key", t.ledger.verifierKey],
      {},
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`ok: entry ${index} is in the log of size`);
    writeFileSync(join(dir, "moved.json"), JSON.stringify({ ...receipt.json(), index: index + 1 }));
    const moved = await runCli(
      ["ledger", "verify-receipt", join(dir, "moved.json"), "--key", t.ledger.verifierKey],
      {},
    );
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain("is not in the tree");
  });
});
