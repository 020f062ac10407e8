import { describe, expect, it } from "vitest";
import { modelOf } from "../../test/screening/hand-made-model.js";
import { decodeModel } from "./abuse-model.js";
import { compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { DOUBT_MARGIN, doubtsBlock } from "./model-doubt.js";
import { normalizeText } from "./normalize-text.js";
import { screenMessage } from "./screen-message.js";
import type { Category, Finding } from "./types.js";

const finding = (category: Category): Finding => ({
  category,
  severity: "block",
  start: 0,
  end: 4,
  match: "jail",
  rule: "test",
});

// The abuse head likes only this phrase: text without it scores 0, below the threshold by more than the margin.
const model = decodeModel(modelOf("we will break your legs tonight", 0, DOUBT_MARGIN + 0.05));
const doubts = (text: string, findings: Finding[]) => doubtsBlock(model, findings, normalizeText(text));

describe("doubtsBlock", () => {
  const report = "The collector's statement that you could go to jail was false and violated our policy.";

  it("doubts a block when no chunk of the message reads like abuse by the margin", () => {
    expect(doubts(report, [finding("false_legal_claim")])).toBe(true);
    expect(doubts(report, [finding("third_party_disclosure"), finding("privacy_exposure")])).toBe(true);
  });

  it("keeps the block when a chunk reads like abuse, however long the rest", () => {
    const text = `${"Thank you for your payment, ".repeat(20)}we will break your legs tonight, ${report}`;
    expect(doubts(text, [finding("false_legal_claim")])).toBe(false);
  });

  it("never doubts an insult, an obscenity, a threat, a false authority or a promise taken back", () => {
    expect(doubts(report, [finding("false_legal_claim"), finding("insult")])).toBe(false);
    expect(doubts(report, [finding("obscenity")])).toBe(false);
    expect(doubts(report, [finding("threat")])).toBe(false);
    expect(doubts(report, [finding("impersonation")])).toBe(false);
    expect(
      doubts(report, [{ ...finding("third_party_disclosure"), rule: "zh-third-party-disclosure:unless" }]),
    ).toBe(false);
  });

  it("never doubts a message too short to score", () => {
    expect(doubts("jail", [finding("false_legal_claim")])).toBe(false);
  });
});

describe("screenMessage with the shipped model", () => {
  const lexicon = compileLexicon(defaultLexicon);

  it("sends a doubted block to review, naming each doubted finding's rule", () => {
    const text =
      "Your account is paid in full, so nothing will be reported and no one at your workplace will ever hear about it.";
    const terms = screenMessage(text, compileLexicon({ ...defaultLexicon, model: undefined }));
    const result = screenMessage(text, lexicon);
    if (!terms.ok || !result.ok) throw new Error("screened");
    // The same findings either way; only the model's doubt turns the lexicon's block into a review.
    expect(terms.verdict).toBe("block");
    expect(result.verdict).toBe("review");
    expect(result.findings.map((f) => f.rule)).toEqual(terms.findings.map((f) => `${f.rule}:doubted`));
  });

  it("keeps a threat the model reads as abuse blocked", () => {
    const result = screenMessage(
      "Pay today or we will find your kids after school and you will regret it.",
      lexicon,
    );
    expect(result.ok && result.verdict).toBe("block");
  });
});
