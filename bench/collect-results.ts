// Gathers the sections the benchmarks wrote to bench/out/ into bench/RESULTS.md, with the machine they ran on.
// Run: npx tsx bench/collect-results.ts   (npm run bench runs every benchmark, then this)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const out = fileURLToPath(new URL("./out/", import.meta.url));
const order = [
  "decisions-engine.md",
  "decisions-http.md",
  "screening.md",
  "ledger-append.md",
  "ledger-proofs.md",
];
const present = readdirSync(out).filter((f) => f.endsWith(".md"));
const sections = [
  ...order.filter((f) => present.includes(f)),
  ...present.filter((f) => !order.includes(f)),
].map((f) => readFileSync(`${out}${f}`, "utf8").trim());
const header = `# Benchmark results

Every figure is a ratio against a ceiling or baseline measured in the same run, on the same machine, with the
command that produced it. Regenerate with \`npm run bench\` (each benchmark writes bench/out/*.md; this file is
collected from them by \`npx tsx bench/collect-results.ts\`).

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average when collected ${loadavg()[0]!.toFixed(1)}.
`;
writeFileSync(
  fileURLToPath(new URL("./RESULTS.md", import.meta.url)),
  `${header}\n${sections.join("\n\n")}\n`,
);
console.log(`bench/RESULTS.md: ${sections.length} sections`);
