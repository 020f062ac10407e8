import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { charTable } from "../../src/screening/char-table.js";
import { trainableText } from "./trainable.js";

// The generated weights name how many messages they were trained on; a corpus that has grown or
// shrunk since means train-model.ts was not rerun and the shipped model lags the corpus.
describe("abuse model weights", () => {
  it("were trained on every trainable message of the corpus as it stands", () => {
    const header = readFileSync(
      new URL("../../src/screening/lexicon/abuse-model-weights.ts", import.meta.url),
      "utf8",
    );
    const trainedOn = Number(/from (\d+) corpus messages/.exec(header)?.[1]);
    const table = charTable();
    const trainable = readFileSync(new URL("./corpus.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .filter(
        (line) => trainableText((JSON.parse(line) as { text: string }).text, table) !== undefined,
      ).length;
    expect(trainedOn, "rerun: npx tsx packages/domain/test/screening-corpus/train-model.ts").toBe(trainable);
  });
});
