import { describe, expect, it } from "vitest";
import { BITS, CATEGORY_BITS, modelOf, signedFeatures } from "../../test/screening/hand-made-model.js";
import {
  type AbuseModelData,
  abuseScore,
  chunkFeatures,
  decodeModel,
  MIN_CHUNK,
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

  it("names the category whose head sums highest over the features chunkFeatures lists", () => {
    // Random category weights, so every head scores and the hand-written loop must match the listing.
    let seed = 17;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const encode = (bytes: Int8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes.buffer)));
    const base = modelOf("你这种人活该倒霉", 0, -1);
    const heads = CATEGORIES.map(() => {
      const head = Int8Array.from({ length: 1 << CATEGORY_BITS }, () => Math.floor(random() * 255) - 127);
      return { bits: CATEGORY_BITS, scale: 0.5 + random(), weights: encode(head) };
    });
    const data: AbuseModelData = { ...base, heads: [base.heads[0]!, ...heads] };
    const decoded = decodeModel(data);
    for (const text of [
      "你这种人活该倒霉一辈子",
      "you know what happens next, pay 500 by 3 May",
      "还款提醒 please call us",
    ]) {
      const normalized = normalizeText(text);
      const sums = CATEGORIES.map(() => 0);
      chunkFeatures(normalized.units, 0, normalized.length, CATEGORY_BITS, (index, sign) => {
        heads.forEach((head, c) => {
          const byte = atob(head.weights).charCodeAt(index);
          sums[c]! += sign * ((byte << 24) >> 24);
        });
      });
      const scored = sums.map((sum, c) => sum * heads[c]!.scale);
      const expected = CATEGORIES[scored.indexOf(Math.max(...scored))];
      expect(modelHits(decoded, normalized.units, normalized.length)[0]?.category, text).toBe(expected);
    }
  });

  it("refuses weights of the wrong size", () => {
    const data = modelOf("x", 0);
    expect(() =>
      decodeModel({ ...data, heads: [{ ...data.heads[0]!, bits: BITS + 1 }, ...data.heads.slice(1)] }),
    ).toThrow(/expected/);
  });
});
