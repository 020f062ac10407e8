// Benchmark: durable contact decisions over HTTP against a Fastify hello world, same machine, same run.
// Run: npx tsx bench/decisions/http.bench.ts   (writes bench/out/decisions-http.md)
// Server and load generator share the machine's 2 cores; nobody pipelines (dialers and apps do not).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sampleAccountsCsv } from "@faircollect/server/import/account-csv";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import { steadyLoad } from "./steady-load.js";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 3;
/** Accounts the demo collector works, so each borrower's 31-day history stays as short as in life. */
const PORTFOLIO = 20_000;
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

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`)),
    );
  });
}

/** CPU time (user + system) a process, or one of its threads, has used, in µs. */
function cpuMicros(pid: number, thread?: number): number {
  const path = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  const fields = readFileSync(path, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

type Run = {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  cpuPerRequest?: number;
  /** Of that, the main thread's (the event loop: HTTP); the rest is the process's other threads. */
  mainCpuPerRequest?: number;
};
async function load(options: autocannon.Options, pid?: number): Promise<Run> {
  const before = pid ? [cpuMicros(pid), cpuMicros(pid, pid)] : [0, 0];
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  const per = (used: number, start: number) => (used - start) / r.requests.total;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    cpuPerRequest: pid ? per(cpuMicros(pid), before[0]!) : undefined,
    mainCpuPerRequest: pid ? per(cpuMicros(pid, pid), before[1]!) : undefined,
  };
}

const helloServer = await start(["--import", "tsx", hello], {});
await load({ url: helloServer.url, duration: 2 });
const ceiling = await load({ url: helloServer.url }, helloServer.child.pid);
helloServer.child.kill();

const dir = mkdtempSync(join(tmpdir(), "faircollect-bench-"));
const env = { DATABASE_URL: `file:${join(dir, "fc.db")}`, DATA_DIR: dir, PORT: "0", LOG_LEVEL: "warn" };
// BENCH_PROFILE=DIR writes the server's CPU profile there (open it in Chrome DevTools).
const profile = process.env.BENCH_PROFILE
  ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];
const server = await start([...profile, cli, "serve", "--demo"], env);
const csv = join(dir, "portfolio.csv");
writeFileSync(csv, sampleAccountsCsv(PORTFOLIO, { collector: "collector" }));
await run([cli, "import", "accounts", csv], env);
const login = await fetch(`${server.url}/v1/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "collector", password: "faircollect-demo" }),
});
const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
const reader = new SQLite(join(dir, "fc.db"), { readonly: true });
const accountIds = reader
  .prepare(
    "select accounts.id from accounts join users on users.id = accounts.collector_id where users.username = 'collector'",
  )
  .pluck()
  .all() as string[];
reader.close();
// Letters: no hours or caps end the run early, so every request is a full decision with its ledger entry.
const bodies = accountIds.map((id) =>
  JSON.stringify({ accountId: id, channel: "letter", target: { kind: "borrower" } }),
);
let next = 0;
const nextBody = () => bodies[next++ % bodies.length]!;
const headers = { cookie, "content-type": "application/json" };
const decisions = {
  url: `${server.url}/v1/contact-decisions`,
  method: "POST" as const,
  headers,
  requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: nextBody() }) }],
};
await load({ ...decisions, duration: WARM_UP_SECONDS });
const max = await load(decisions, server.child.pid);
/** The server's own latency histogram for the decision route (cumulative counts per bucket bound). */
async function serverHistogram(): Promise<Map<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line =
    /faircollect_http_request_duration_seconds_bucket\{le="([^"]+)",method="POST",route="\/v1\/contact-decisions"[^}]*\} (\d+)/g;
  return new Map([...text.matchAll(line)].map((m) => [m[1]!, Number(m[2])]));
}
const halfRate = Math.max(1, Math.floor(max.rps / 2));
const halfLoad = (seconds: number) =>
  steadyLoad({
    url: decisions.url,
    rate: halfRate,
    seconds,
    connections: CONNECTIONS,
    method: "POST",
    headers,
    body: nextBody,
  });
// Warmed up at the half rate first, as the max run is, so the measured run sees the steady state
// and not the server catching up on the max run (its ledger sequencing and WAL checkpoints).
await halfLoad(WARM_UP_SECONDS);
const histogramBefore = await serverHistogram();
const half = await halfLoad(DURATION);
const histogramAfter = await serverHistogram();
const servedWithin = (le: string) =>
  (histogramAfter.get(le)! - histogramBefore.get(le)!) /
  (histogramAfter.get("+Inf")! - histogramBefore.get("+Inf")!);
await new Promise((exited) => {
  server.child.once("exit", exited);
  server.child.kill("SIGINT");
});
rmSync(dir, { recursive: true, force: true });

const ratio = max.rps / ceiling.rps;
const decided = next;
const report = `## Durable contact decisions over HTTP (SQLite, group commit on the decision worker thread, each answer after its flush)

Command: \`npx tsx bench/decisions/http.bench.ts\` — ${DURATION} s per run, server and load generator on the same ${cpus().length} cores (load average at the end ${loadavg()[0]!.toFixed(1)}), no pipelining. The demo collector works the demo portfolio plus ${PORTFOLIO.toLocaleString("en")} imported accounts (${accountIds.length.toLocaleString("en")} in all); each request asks for a letter on the next account in turn, a full decision recorded with its ledger entry before the answer (${decided.toLocaleString("en")} decisions in the run, so a borrower's history stays a few entries long as in life). Max: autocannon -c ${CONNECTIONS}. Half load: an open-loop generator sending at a steady ${halfRate}/s over ${CONNECTIONS} keep-alive connections, latency counted from each request's due time (no coordinated omission). Each decision run follows a ${WARM_UP_SECONDS} s warm-up at its own load. Server CPU is the server process's user + system time per request, all threads together (the decision worker, the WAL checkpointer, the thread pool), and the event loop's share of it (the main thread: HTTP, authentication, validation).

| run | req/s | p50 ms | p99 ms | non-2xx | server CPU per request | of which the event loop |
|---|---|---|---|---|---|---|
| Fastify hello world (ceiling) | ${ceiling.rps.toFixed(0)} | ${ceiling.p50} | ${ceiling.p99} | ${ceiling.non2xx} | ${ceiling.cpuPerRequest!.toFixed(0)} µs | ${ceiling.mainCpuPerRequest!.toFixed(0)} µs |
| POST /v1/contact-decisions, max | ${max.rps.toFixed(0)} | ${max.p50} | ${max.p99} | ${max.non2xx} | ${max.cpuPerRequest!.toFixed(0)} µs | ${max.mainCpuPerRequest!.toFixed(0)} µs |
| POST /v1/contact-decisions, steady half load | ${half.rps.toFixed(0)} | ${half.p50.toFixed(1)} | ${half.p99.toFixed(1)} | ${half.non2xx} | | |

Ratio to the ceiling: **${(ratio * 100).toFixed(1)}%** (target ≥ 25%); p99 at half load **${half.p99.toFixed(1)} ms** (target < 25 ms), measured by the client from each request's due time. The server's own histogram for the same half-load run (from request to response, without the client's and the network's share): ${(servedWithin("0.01") * 100).toFixed(2)}% answered within 10 ms, ${(servedWithin("0.025") * 100).toFixed(2)}% within 25 ms.
`;
console.log(report);
mkdirSync(fileURLToPath(new URL("../out/", import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL("../out/decisions-http.md", import.meta.url)), report);
