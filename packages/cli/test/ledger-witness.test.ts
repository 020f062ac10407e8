import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { verifyCosignature } from "@faircollect/domain/ledger/cosignature";
import {
  noteSignerFromSeed,
  parseVerifierKey,
  signerKeyString,
  verifierKeyString,
} from "@faircollect/domain/ledger/note-keys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "ledger-witness-"));
const logSigner = noteSignerFromSeed("witness-test.local/ledger", new Uint8Array(32).fill(9));
const vkey = verifierKeyString(logSigner);
const env = {
  DATA_DIR: join(dir, "server"),
  DATABASE_URL: `file:${join(dir, "server", "fc.db")}`,
  LOG_LEVEL: "warn",
  PORT: "0",
  LEDGER_SIGNING_KEY: signerKeyString(logSigner),
  LEDGER_CHECKPOINT_SECONDS: "1",
};
let server: ChildProcess;
let url: string;
let token: string;

async function api(path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) {
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

const login = async (username: string) =>
  (await api("/v1/auth/login", { method: "POST", body: { username, password: "faircollect-demo" } })).cookie!;

/** Waits until the server's timer has signed a checkpoint larger than `above`. */
async function checkpointAbove(above: number, cookie: string): Promise<{ size: number; note: string }> {
  for (let i = 0; i < 100; i++) {
    const res = await api("/v1/ledger/checkpoint", { cookie });
    if (res.status === 200 && res.json.size > above) return res.json;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no checkpoint above ${above}`);
}

const witness = (state: string) =>
  runCli(["ledger", "witness", "--url", url, "--key", vkey, "--state", state, "--token", token], {});

beforeAll(async () => {
  ({ child: server, url } = await startCli(["serve", "--demo"], env));
  const admin = await login("admin");
  const users = (await api("/v1/users", { cookie: admin })).json as { id: string; username: string }[];
  const auditorId = users.find((u) => u.username === "auditor")!.id;
  token = (
    await api("/v1/tokens", { method: "POST", cookie: admin, body: { name: "witness", userId: auditorId } })
  ).json.token;
});
afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

describe("faircollect ledger witness against a running server", () => {
  it("cosigns the first checkpoint, then a later one after proving it consistent, and the server shows both", async () => {
    const auditor = await login("auditor");
    const first = await checkpointAbove(0, auditor);
    const state = join(dir, "witness");
    const run1 = await witness(state);
    expect(run1.stderr).toBe("");
    expect(run1.stdout).toMatch(/cosigned the checkpoint at size \d+ \(first checkpoint trusted\)/);
    const witnessKey = parseVerifierKey(readFileSync(join(state, "witness.key.pub"), "utf8"));
    if (!witnessKey.ok) throw new Error(witnessKey.problem);

    const supervisor = await login("supervisor");
    const borrowers = (await api("/v1/borrowers?limit=1", { cookie: supervisor })).json;
    const hold = await api(`/v1/borrowers/${borrowers[0].id}/holds`, {
      method: "POST",
      cookie: supervisor,
      body: { kind: "dispute", effectiveFrom: new Date().toISOString() },
    });
    expect(hold.status).toBe(201);
    const trustedBefore = readFileSync(join(state, "trusted-checkpoint"), "utf8");
    const second = await checkpointAbove(first.size, auditor);
    const run2 = await witness(state);
    expect(run2.stdout).toContain(`consistent with size ${trustedBefore.split("\n")[1]}`);
    const shown = (await api("/v1/ledger/checkpoint", { cookie: auditor })).json;
    expect(shown.size).toBeGreaterThanOrEqual(second.size);
    expect(shown.cosignatures.map((c: { name: string }) => c.name)).toContain("faircollect.witness");
    expect(verifyCosignature(shown.note, witnessKey.key).ok).toBe(true);
  });

  it("refuses to cosign a checkpoint that forks from the one it trusted, and keeps its trust", async () => {
    const auditor = await login("auditor");
    const latest = await checkpointAbove(0, auditor);
    const state = join(dir, "forked-witness");
    // What a split-view log would have shown this witness before: same key, same size, another root.
    const forked = signCheckpoint(
      { origin: logSigner.name, size: latest.size, root: new Uint8Array(32).fill(1) },
      logSigner,
    );
    await witness(state);
    writeFileSync(join(state, "trusted-checkpoint"), forked);
    const res = await witness(state);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("the log forked");
    expect(readFileSync(join(state, "trusted-checkpoint"), "utf8")).toBe(forked);
  });
});
