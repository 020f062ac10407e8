import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  type Category,
  compileLexicon,
  defaultLexicon,
  screenMessage,
  type Verdict,
} from "../../src/screening/index.js";

interface Labelled {
  id: string;
  text: string;
  label: "abusive" | "legitimate";
  categories: Category[];
  lang: "zh" | "en";
}

const corpus: Labelled[] = readFileSync(new URL("./corpus.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Labelled);
const lexicon = compileLexicon(defaultLexicon);
const verdicts = new Map<string, Verdict>(
  corpus.map((row) => {
    const result = screenMessage(row.text, lexicon);
    return [row.id, result.ok ? result.verdict : "allow"];
  }),
);

const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

function recallRow(name: string, rows: readonly Labelled[]): string {
  const blocked = rows.filter((row) => verdicts.get(row.id) === "block").length;
  const flagged = rows.filter((row) => verdicts.get(row.id) !== "allow").length;
  return `| ${name} | ${rows.length} | ${pct(blocked, rows.length)} | ${pct(flagged, rows.length)} |`;
}

describe("labelled screening corpus", () => {
  const abusive = corpus.filter((row) => row.label === "abusive");
  const legitimate = corpus.filter((row) => row.label === "legitimate");

  it("holds at least 300 messages in both languages and every category", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const lang of ["zh", "en"]) {
      for (const category of CATEGORIES) {
        expect(
          abusive.some((row) => row.lang === lang && row.categories.includes(category)),
          `${lang} ${category}`,
        ).toBe(true);
      }
      expect(legitimate.some((row) => row.lang === lang)).toBe(true);
    }
  });

  it("blocks at least 97% of abusive messages and at most 2% of legitimate ones", () => {
    const table = [
      "| abusive messages | n | blocked | blocked or reviewed |",
      "|---|---|---|---|",
      ...CATEGORIES.map((category) =>
        recallRow(
          category,
          abusive.filter((row) => row.categories.includes(category)),
        ),
      ),
      recallRow(
        "zh",
        abusive.filter((row) => row.lang === "zh"),
      ),
      recallRow(
        "en",
        abusive.filter((row) => row.lang === "en"),
      ),
      recallRow("**all**", abusive),
    ];
    const legitBlocked = legitimate.filter((row) => verdicts.get(row.id) === "block");
    const legitReviewed = legitimate.filter((row) => verdicts.get(row.id) === "review");
    table.push(
      "",
      "| legitimate messages | n | blocked | reviewed |",
      "|---|---|---|---|",
      ...(["zh", "en"] as const).map((lang) => {
        const rows = legitimate.filter((row) => row.lang === lang);
        const blocked = rows.filter((row) => verdicts.get(row.id) === "block").length;
        const reviewed = rows.filter((row) => verdicts.get(row.id) === "review").length;
        return `| ${lang} | ${rows.length} | ${pct(blocked, rows.length)} | ${pct(reviewed, rows.length)} |`;
      }),
      `| **all** | ${legitimate.length} | ${pct(legitBlocked.length, legitimate.length)} | ${pct(legitReviewed.length, legitimate.length)} |`,
    );
    console.log(table.join("\n"));
    const missed = abusive.filter((row) => verdicts.get(row.id) !== "block");
    if (missed.length > 0) console.log("not blocked:", missed.map((row) => row.id).join(", "));
    expect(missed.length / abusive.length).toBeLessThanOrEqual(0.03);
    expect(legitBlocked.map((row) => row.id)).toEqual([]);
    expect(legitBlocked.length / legitimate.length).toBeLessThanOrEqual(0.02);
  });
});
