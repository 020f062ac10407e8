// Screens a labelled round as a stranger wrote it, before anyone tunes on it: the honest estimate for
// unseen text. Run: npx tsx packages/domain/test/screening-corpus/measure-round.ts FILE.jsonl [-v]
// A round line is { id, lang: "zh" | "en", label: "abusive" | "legit", category: Category | null, text }.
import { readFileSync } from "node:fs";
import {
  compileLexicon,
  defaultLexicon,
  type Finding,
  screenMessage,
  type Verdict,
} from "../../src/screening/index.js";

interface RoundRow {
  id: string;
  lang: "zh" | "en";
  label: "abusive" | "legit";
  category: string | null;
  text: string;
}
interface Screened {
  row: RoundRow;
  verdict: Verdict;
  findings: readonly Finding[];
}

const file = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (file === undefined) throw new Error("usage: measure-round.ts FILE.jsonl [-v]");
const lexicon = compileLexicon(defaultLexicon);
const screened: Screened[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const row = JSON.parse(line) as RoundRow;
    const result = screenMessage(row.text, lexicon);
    return { row, verdict: result.ok ? result.verdict : "allow", findings: result.ok ? result.findings : [] };
  });

const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);
const share = (set: readonly Screened[], keep: (s: Screened) => boolean) =>
  pct(set.filter(keep).length, set.length);
const abusive = screened.filter((s) => s.row.label === "abusive");
const legit = screened.filter((s) => s.row.label === "legit");
const byLang = (set: readonly Screened[]) =>
  [
    ["zh", set.filter((s) => s.row.lang === "zh")],
    ["en", set.filter((s) => s.row.lang === "en")],
    ["**all**", set],
  ] as const;

console.log(`lexicon ${defaultLexicon.version}, ${file}\n`);
console.log("| abusive | n | blocked | blocked or reviewed |\n|---|---|---|---|");
const categories = [...new Set(abusive.map((s) => s.row.category ?? ""))].sort();
const groups = [
  ...categories.map((c) => [c, abusive.filter((s) => s.row.category === c)] as const),
  ...byLang(abusive),
];
for (const [name, set] of groups) {
  console.log(
    `| ${name} | ${set.length} | ${share(set, (s) => s.verdict === "block")} | ${share(set, (s) => s.verdict !== "allow")} |`,
  );
}
console.log("\n| legitimate | n | blocked | reviewed |\n|---|---|---|---|");
for (const [name, set] of byLang(legit)) {
  console.log(
    `| ${name} | ${set.length} | ${share(set, (s) => s.verdict === "block")} | ${share(set, (s) => s.verdict === "review")} |`,
  );
}
if (process.argv.includes("-v")) {
  const show = (s: Screened) =>
    `${s.row.id} [${s.row.category ?? "legit"}] ${s.verdict}: ${s.row.text}\n    ${s.findings.map((f) => `${f.category}:${f.rule}:"${f.match}"`).join(" ; ")}`;
  console.log("\n## abusive not blocked");
  for (const s of abusive.filter((s) => s.verdict !== "block")) console.log(show(s));
  console.log("\n## legitimate blocked");
  for (const s of legit.filter((s) => s.verdict === "block")) console.log(show(s));
}
