// Compares the screen at another revision with the work tree's, on the benchmark's input. The two
// take turns round by round in one process, each round timed in CPU time: on a shared machine a
// whole run of the benchmark moved by a third from one run to the next, which hides a change of a
// few percent; load elsewhere now slows both sides of a round alike. It also says whether the two
// give the same output, message by message.
// Run: npx tsx bench/screening/compare.ts [REV (default HEAD)] [ROUNDS (default 9)]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compileLexicon } from "@faircollect/domain/screening/compile-lexicon";
import { defaultLexicon } from "@faircollect/domain/screening/lexicon/default-lexicon";
import { screenMessage } from "@faircollect/domain/screening/screen-message";
import { benchMessages } from "./messages.js";

const rev = process.argv[2] ?? "HEAD";
const rounds = Number(process.argv[3] ?? 9);
const root = fileURLToPath(new URL("../../", import.meta.url));

// The revision's screening code, unpacked inside the repository so that its packages resolve.
mkdirSync(join(root, ".tmp"), { recursive: true });
const dir = mkdtempSync(join(root, ".tmp", "screen-"));
const archive = spawnSync("git", ["archive", rev, "packages/domain/src/screening"], { cwd: root });
if (archive.status !== 0) throw new Error(`git archive ${rev}: ${archive.stderr.toString()}`);
const unpack = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
if (unpack.status !== 0) throw new Error(`tar: ${unpack.stderr.toString()}`);
const at = (file: string) => pathToFileURL(join(dir, "packages/domain/src/screening", file)).href;
const old = {
  compile: (await import(at("compile-lexicon.ts"))).compileLexicon as typeof compileLexicon,
  lexicon: (await import(at("lexicon/default-lexicon.ts"))).defaultLexicon as typeof defaultLexicon,
  screen: (await import(at("screen-message.ts"))).screenMessage as typeof screenMessage,
};
rmSync(dir, { recursive: true, force: true });

const chunks = benchMessages(2_000_000);
const bytes = chunks.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
const sides = {
  [rev]: { screen: old.screen, lexicon: old.compile(old.lexicon), ms: [] as number[] },
  "work tree": { screen: screenMessage, lexicon: compileLexicon(defaultLexicon), ms: [] as number[] },
};
const [before, after] = Object.values(sides);

let differ = 0;
for (const text of chunks) {
  if (
    JSON.stringify(before!.screen(text, before!.lexicon)) !==
    JSON.stringify(after!.screen(text, after!.lexicon))
  )
    differ++;
}

let sink = 0;
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
// Each round runs the two in the other order from the last, so that neither always runs on the
// caches and heap the other left behind.
for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 === 0 ? [before!, after!] : [after!, before!]) {
    const start = cpuMs();
    for (const text of chunks) {
      const result = side.screen(text, side.lexicon);
      if (result.ok) sink += result.findings.length;
    }
    side.ms.push(cpuMs() - start);
  }
}
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratios = before!.ms.map((ms, i) => ms / after!.ms[i]!);
for (const [name, side] of Object.entries(sides)) {
  console.log(
    `${name.padEnd(10)} ${(bytes / 1e6 / (median(side.ms) / 1000)).toFixed(1)} MB/s (median CPU time of ${rounds} rounds)`,
  );
}
// Two copies of the same code measured 1.01x and 1.06x apart over 10 rounds on a 2-core VM, with
// single rounds 0.75-1.5x apart: read a few percent as noise.
console.log(
  `work tree vs ${rev}: ${(median(before!.ms) / median(after!.ms)).toFixed(3)}× (single rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}); ` +
    `output ${differ === 0 ? "identical" : `differs on ${differ} of ${chunks.length} messages`} (sink ${sink % 7})`,
);
