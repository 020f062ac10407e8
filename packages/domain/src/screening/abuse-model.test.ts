import { describe, expect, it } from "vitest";
import { BITS, CATEGORY_BITS, modelOf, signedFeatures } from "../../test/screening/hand-made-model.js";
import {
  type AbuseModelData,
  abuseScore,
  chunkFeatures,
  decodeModel,
  MIN_CHUNK,
  type ModelHit,
  maxChunkScore,
  modelHits,
} from "./abuse-model.js";
import { normalizeText } from "./normalize-text.js";
import { CATEGORIES } from "./types.js";

const features = (text: string, bits = BITS) => signedFeatures(text, bits).map(([index]) => index);

describe("chunkFeatures", () => {
  it("reads English in whole words, so a word inside another is no feature of it", () => {
    const inside = new Set(features("scunthorpe"));
    expect(features("cunt").filter((f) => inside.has(f))).toEqual([]);
  });

  it("reads every number as the same token", () => {
    expect(features("pay 100 now")).toEqual(features("pay 2,500 now".replace(",", "")));
  });

  it("gives a Chinese character its 2- to 4-grams and a word its 1- to 4-grams", () => {
    // 4 characters and the closing space: 3 n-grams each, no unigram of a single character.
    expect(features("还钱还钱")).toHaveLength(5 * 3);
    expect(features("pay now")).toHaveLength(2 * 4 + 3);
  });
});

describe("abuseScore", () => {
  it("is the mean head weight over the features chunkFeatures lists", () => {
    const model = decodeModel(modelOf("你这种人活该 and you know it", 0));
    for (const text of [
      "你这种人活该倒霉 and you know it",
      "you know it",
      "还款 500 元 by 3 May",
      "f*ck你",
      "活该",
    ]) {
      const normalized = normalizeText(text);
      const listed = signedFeatures(text);
      const expected = listed.reduce((sum, [f, sign]) => sum + sign * model.abuse[f]!, 0) / listed.length;
      expect(abuseScore(model, normalized.units, 0, normalized.length), text).toBeCloseTo(expected, 10);
    }
  });
});

describe("maxChunkScore", () => {
  const model = decodeModel(modelOf("你这种人活该倒霉", 0, 0.03));

  it("is the highest chunk's score, where modelHits would report every chunk", () => {
    const filler = "请您按时还款谢谢配合，".repeat(30);
    const text = normalizeText(`${filler}你这种人活该倒霉，${filler}`);
    const everyChunk = modelHits({ ...model, threshold: Number.NEGATIVE_INFINITY }, text.units, text.length);
    expect(everyChunk.length).toBeGreaterThan(1);
    const best = Math.max(...everyChunk.map((hit) => hit.score));
    expect(best).toBeGreaterThan(0.03);
    expect(maxChunkScore(model, text.units, text.length)).toBe(best);
  });

  it("is undefined for text too short to score", () => {
    const text = normalizeText("活该倒霉");
    expect(maxChunkScore(model, text.units, text.length)).toBeUndefined();
  });
});

describe("modelHits", () => {
  const model = decodeModel(modelOf("你这种人活该倒霉", CATEGORIES.indexOf("insult")));

  it("sends a chunk above the threshold to review with its category", () => {
    const text = normalizeText("你这种人活该倒霉一辈子");
    expect(modelHits(model, text.units, text.length)).toEqual([
      expect.objectContaining({ start: 0, end: text.length, category: "insult" }),
    ]);
  });

  it("does not score text shorter than a message", () => {
    const text = normalizeText("活该倒霉");
    expect(text.length).toBeLessThan(MIN_CHUNK);
    expect(modelHits(model, text.units, text.length)).toEqual([]);
  });

  it("scores long text in chunks split at clause breaks, so one sentence is not averaged away", () => {
    const chunked = decodeModel(modelOf("你这种人活该倒霉", 0, 0.03));
    const filler = "请您按时还款谢谢配合，".repeat(30);
    const text = normalizeText(`${filler}你这种人活该倒霉，${filler}`);
    expect(abuseScore(chunked, text.units, 0, text.length)).toBeLessThan(0.03);
    const hits = modelHits(chunked, text.units, text.length);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.end - hits[0]!.start).toBeLessThan(text.length / 2);
  });

  const seeded = (seed: number) => () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };

  // A model whose category heads hold the given weights; the abuse head flags every chunk.
  const withHeads = (weight: (c: number, f: number) => number, scale: (c: number) => number) => {
    const encode = (bytes: Int8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes.buffer)));
    const base = modelOf("你这种人活该倒霉", 0, Number.NEGATIVE_INFINITY);
    const heads = CATEGORIES.map((_, c) => {
      const head = Int8Array.from({ length: 1 << CATEGORY_BITS }, (_, f) => weight(c, f));
      return { bits: CATEGORY_BITS, scale: scale(c), weights: encode(head), bytes: head };
    });
    const data: AbuseModelData = {
      ...base,
      heads: [base.heads[0]!, ...heads.map(({ bits, scale, weights }) => ({ bits, scale, weights }))],
    };
    // The category chunkFeatures' listing of units[from, to) sums highest in.
    const expected = (units: Uint16Array, from: number, to: number) => {
      const sums = CATEGORIES.map(() => 0);
      chunkFeatures(units, from, to, CATEGORY_BITS, (index, sign) => {
        heads.forEach((head, c) => {
          sums[c]! += sign * head.bytes[index]!;
        });
      });
      const scored = sums.map((sum, c) => sum * heads[c]!.scale);
      return CATEGORIES[scored.indexOf(Math.max(...scored))];
    };
    return { model: decodeModel(data), expected };
  };

  it("names the category whose head sums highest over the features chunkFeatures lists", () => {
    // Random category weights, so every head scores and the hand-written loop must match the listing.
    const random = seeded(17);
    const { model, expected } = withHeads(
      () => Math.floor(random() * 255) - 127,
      () => 0.5 + random(),
    );
    for (const text of [
      "你这种人活该倒霉一辈子",
      "you know what happens next, pay 500 by 3 May",
      "还款提醒 please call us",
    ]) {
      const normalized = normalizeText(text);
      expect(modelHits(model, normalized.units, normalized.length)[0]?.category, text).toBe(
        expected(normalized.units, 0, normalized.length),
      );
    }
  });

  it("names each chunk's category from its own n-grams, however many and however heavy", () => {
    // Weights at the int8 limits over chunks of hundreds of n-grams: two heads share a 32-bit word
    // in categoryOf, and their sums must come back out exactly from every block of n-grams.
    const random = seeded(29);
    const { model, expected } = withHeads(
      () => (random() < 0.5 ? -128 : 127),
      () => 0.5 + random(),
    );
    const pool = "你这种人活该倒霉一辈子还不起钱就别借的一是在不了有和我们家里电话";
    const clause = () =>
      Array.from(
        { length: 100 + Math.floor(random() * 150) },
        () => pool[Math.floor(random() * pool.length)],
      );
    const text = normalizeText(Array.from({ length: 12 }, () => clause().join("")).join("，"));
    const hits = modelHits(model, text.units, text.length);
    expect(hits.length).toBeGreaterThan(3);
    const ngrams = (hit: ModelHit) => {
      let count = 0;
      chunkFeatures(text.units, hit.start, hit.end, CATEGORY_BITS, () => count++);
      return count;
    };
    expect(hits.filter((hit) => ngrams(hit) > 255).length).toBeGreaterThan(3);
    for (const hit of hits) expect(hit.category).toBe(expected(text.units, hit.start, hit.end));
    expect(new Set(hits.map((hit) => hit.category)).size).toBeGreaterThan(1);
  });

  it("sums the category heads exactly where every n-gram pushes them to the int8 limit", () => {
    // Chunks of up to 1,500 n-grams, each adding 127 to heads 1 and 6 and taking it from head 0
    // (unless it shares its weight with an n-gram of the other sign): far past what heads 0 and 1,
    // which share a word in categoryOf, could hold without its blocks. Head 6, summed alone, ties
    // head 1, which comes first and so wins, only if both sums are exact.
    const phrase = "还钱".repeat(300);
    const limit = new Map(signedFeatures(phrase, CATEGORY_BITS).map(([f, sign]) => [f, sign * 127]));
    const { model, expected } = withHeads(
      (c, f) => (c === 0 ? -1 : c === 1 || c === 6 ? 1 : 0) * (limit.get(f) ?? 0),
      () => 1,
    );
    const text = normalizeText(phrase);
    const hits = modelHits(model, text.units, text.length);
    for (const hit of hits) expect(hit.category).toBe(expected(text.units, hit.start, hit.end));
    expect(hits[0]!.category).toBe(CATEGORIES[1]);
  });

  it("refuses weights of the wrong size", () => {
    const data = modelOf("x", 0);
    expect(() =>
      decodeModel({ ...data, heads: [{ ...data.heads[0]!, bits: BITS + 1 }, ...data.heads.slice(1)] }),
    ).toThrow(/expected/);
  });
});
