// Screens every corpus message with the shipped lexicon and a model trained on the other folds, as
// unseen text would be screened, and prints how the model's margins over its threshold split the
// abusive from the legitimate messages where a margin decides: reviews the lexicon made on its words
// alone (model-confirm.ts blocks them at CONFIRM_MARGIN) and reviews the model made alone.
// Run: npx tsx packages/domain/test/screening-corpus/cross-validate.ts [corpus.jsonl ...]
import { decodeModel, maxChunkScore } from "../../src/screening/abuse-model.js";
import { compileLexicon } from "../../src/screening/compile-lexicon.js";
import { defaultLexicon } from "../../src/screening/lexicon/default-lexicon.js";
import { normalizeText } from "../../src/screening/normalize-text.js";
import { screenMessage } from "../../src/screening/screen-message.js";
import type { Finding } from "../../src/screening/types.js";
import { FOLDS, foldsOf, readCorpus, trainableRows, trainModel } from "./model-training.js";

const paths = process.argv.slice(2);
const files = paths.length > 0 ? paths : [new URL("./corpus.jsonl", import.meta.url).pathname];
const rows = trainableRows(readCorpus(files));
const folds = foldsOf(rows.length);

/** Where a margin decides: a review on the lexicon's words alone, or the model's alone. */
type Kind = "words" | "model";

function kindOf(verdict: string, findings: readonly Finding[]): Kind | undefined {
  if (findings.length === 0) return undefined;
  if (verdict === "review" && findings.every((f) => f.rule === "abuse-model")) return "model";
  const own = (f: Finding) => f.rule !== "abuse-model" && !f.rule.includes(":");
  if (verdict === "review" && findings.every(own)) return "words";
  if (
    verdict === "block" &&
    findings.every(
      (f) => f.rule.endsWith(":confirmed") && own({ ...f, rule: f.rule.replace(/:confirmed$/, "") }),
    )
  )
    return "words";
  return undefined;
}

const cases: { kind: Kind; abusive: boolean; margin: number }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const trained = trainModel(rows.filter((_, i) => folds[i] !== fold));
  const lexicon = compileLexicon({ ...defaultLexicon, model: trained.data });
  const model = decodeModel(trained.data);
  rows.forEach((row, i) => {
    if (folds[i] !== fold) return;
    const result = screenMessage(row.message.text, lexicon);
    if (!result.ok) return;
    const kind = kindOf(result.verdict, result.findings);
    if (kind === undefined) return;
    const normalized = normalizeText(row.message.text, lexicon.table);
    const score = maxChunkScore(model, normalized.units, normalized.length) ?? Number.NEGATIVE_INFINITY;
    cases.push({ kind, abusive: row.message.label === "abusive", margin: score - model.threshold });
  });
  console.error(`fold ${fold + 1} of ${FOLDS} screened`);
}

for (const kind of ["words", "model"] as const) {
  const of = cases.filter((c) => c.kind === kind);
  const abusive = of.filter((c) => c.abusive).length;
  console.log(
    `\n${kind === "words" ? "Reviews on the lexicon's words alone" : "Reviews by the model alone"}: ` +
      `${abusive} abusive, ${of.length - abusive} legitimate\n\n| margin | abusive above | legitimate above |\n|---|---|---|`,
  );
  for (const margin of [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.2, 1.5, 2.0]) {
    const above = of.filter((c) => c.margin >= margin);
    const hits = above.filter((c) => c.abusive).length;
    console.log(`| ${margin.toFixed(1)} | ${hits} | ${above.length - hits} |`);
  }
}
