// Benchmark: durable contact decisions over HTTP against a Fastify hello world, same machine, same run.
// Run: npx tsx bench/decisions/http.bench.ts   (writes bench/out/decisions-http.md)
// Server and load generator share the machine's 2 cores; autocannon does not pipeline (clients do not).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const cli = fileURLToPath(new URL("../../packages/cli/bin/faircollect.js", import.meta.url));
const hello = fileURLToPath(new URL("./hello-server.ts", import.meta.url));

function start(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
    let out = "";
    const onData = (d: Buffer) => {
      out += d;
      const m = out.match(/serving (http:\/\/\S+)/);
      if (m) resolve({ child, url: m[1]! });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

type Run = { rps: number; p50: number; p99: number; non2xx: number };
async function load(options: autocannon.Options): Promise<Run> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
}

const helloServer = await start(["--import", "tsx", hello], {});
await load({ url: helloServer.url, duration: 2 });
const ceiling = await load({ url: helloServer.url });
helloServer.child.kill();

const dir = mkdtempSync(join(tmpdir(), "faircollect-bench-"));
const server = await start([cli, "serve", "--demo"], {
  DATABASE_URL: `file:${join(dir, "fc.db")}`,
  DATA_DIR: dir,
  PORT: "0",
  LOG_LEVEL: "warn",
});
const login = await fetch(`${server.url}/v1/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "collector", password: "faircollect-demo" }),
});
const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
const accounts = (await (
  await fetch(`${server.url}/v1/accounts?limit=500`, { headers: { cookie } })
).json()) as { id: string }[];
// Letters: no hours or caps end the run early, so every request is a full decision with its ledger entry.
const bodies = accounts.map((a) =>
  JSON.stringify({ accountId: a.id, channel: "letter", target: { kind: "borrower" } }),
);
let next = 0;
const decisions = {
  url: `${server.url}/v1/contact-decisions`,
  method: "POST" as const,
  headers: { cookie, "content-type": "application/json" },
  requests: [
    { setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] }) },
  ],
};
await load({ ...decisions, duration: 2 });
const max = await load(decisions);
const half = await load({ ...decisions, overallRate: Math.max(1, Math.floor(max.rps / 2)) });
server.child.kill();
rmSync(dir, { recursive: true, force: true });

const ratio = max.rps / ceiling.rps;
const report = `## Durable contact decisions over HTTP (SQLite, synchronous=FULL, group commit)

Command: \`npx tsx bench/decisions/http.bench.ts\` — ${DURATION} s per run, autocannon -c ${CONNECTIONS}, no pipelining, server and load generator on the same ${cpus().length} cores (load average at the end ${loadavg()[0]!.toFixed(1)}).

| run | req/s | p50 ms | p99 ms | non-2xx |
|---|---|---|---|---|
| Fastify hello world (ceiling) | ${ceiling.rps.toFixed(0)} | ${ceiling.p50} | ${ceiling.p99} | ${ceiling.non2xx} |
| POST /v1/contact-decisions, max | ${max.rps.toFixed(0)} | ${max.p50} | ${max.p99} | ${max.non2xx} |
| POST /v1/contact-decisions at half that rate | ${half.rps.toFixed(0)} | ${half.p50} | ${half.p99} | ${half.non2xx} |

Ratio to the ceiling: **${(ratio * 100).toFixed(1)}%** (target ≥ 25%); p99 at half load **${half.p99} ms** (target < 25 ms).
`;
console.log(report);
mkdirSync(fileURLToPath(new URL("../out/", import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL("../out/decisions-http.md", import.meta.url)), report);
