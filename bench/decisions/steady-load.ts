// An open-loop load generator: requests leave at a steady rate whatever the server's answers,
// and each latency runs from the instant its request was due, so a stall counts against every
// request it delays (no coordinated omission). autocannon's `overallRate` instead releases each
// connection's quota at the start of every second, which measures bursts, not a steady load.
import { Agent, request } from "node:http";

export type SteadyResult = { rps: number; p50: number; p99: number; non2xx: number; late: number };

export async function steadyLoad(options: {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  method: string;
  headers: Record<string, string>;
  body: () => string;
}): Promise<SteadyResult> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let sent = 0;
  const total = Math.round(options.rate * options.seconds);
  const start = performance.now();
  const intervalMs = 1000 / options.rate;
  const pending: Promise<void>[] = [];

  const fire = (dueAt: number) =>
    new Promise<void>((resolve) => {
      const body = options.body();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: options.method,
          headers: { ...options.headers, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - dueAt);
            if ((res.statusCode ?? 0) >= 300) non2xx++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        non2xx++;
        resolve();
      });
      req.end(body);
    });

  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * intervalMs <= now) {
        pending.push(fire(start + sent * intervalMs));
        sent++;
      }
      if (sent < total) setTimeout(tick, 1);
      else done();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    non2xx,
    // Requests that could not leave on time because every connection was busy show up as latency.
    late: latencies.filter((l) => l > 25).length,
  };
}
