// The screening benchmarks' input: message-sized chunks, each a corpus message (about one in four) or
// Chinese or English filler of 40–400 characters, from a fixed seed, so every run and every
// comparison screens the same text.
import { readFileSync } from "node:fs";
import { seeded } from "../seeded.js";

const corpus: readonly string[] = readFileSync(
  new URL("../../packages/domain/test/screening-corpus/corpus.jsonl", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);
const hanFiller =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
const englishWords =
  "the account balance payment due date please call our office today thank you for your time we can help with a plan reminder statement available online amount minimum interest fee credit bureau dispute notice hardship".split(
    " ",
  );

/**
 * How many corpus messages, from the top of corpus.jsonl, the benchmark draws from. Rounds join the
 * corpus at its end, and each has made it heavier to screen (later rounds hold long letters and
 * transcripts), so a benchmark over the whole corpus measured a different input every time one joined:
 * this fixed prefix (the corpus as it stood at lexicon 1.23.0) keeps the input the same from run to run
 * and commit to commit. `benchMessages(n, "whole corpus")` draws from all of it.
 */
export const BENCH_CORPUS_MESSAGES = 7237;

/** At least `totalChars` characters of chunks, the same ones on every call. */
export function benchMessages(totalChars: number, draw: "fixed" | "whole corpus" = "fixed"): string[] {
  const messages = draw === "fixed" ? corpus.slice(0, BENCH_CORPUS_MESSAGES) : corpus;
  const random = seeded(20240601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const filler = (length: number): string => {
    let out = "";
    const han = random() < 0.5;
    while (out.length < length) {
      out += han ? hanFiller.charAt(Math.floor(random() * hanFiller.length)) : `${pick(englishWords)} `;
      if (han && random() < 0.08) out += "，";
    }
    return out;
  };
  const out: string[] = [];
  let total = 0;
  while (total < totalChars) {
    const text = random() < 0.25 ? pick(messages) : filler(40 + Math.floor(random() * 360));
    out.push(text);
    total += text.length;
  }
  return out;
}
