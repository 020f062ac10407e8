import { describe, expect, it } from "vitest";
import { modelOf } from "../../test/screening/hand-made-model.js";
import { decodeModel } from "./abuse-model.js";
import { compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { confirmsReview } from "./model-confirm.js";
import { normalizeText } from "./normalize-text.js";
import { screenMessage } from "./screen-message.js";

// The abuse head likes only this phrase: it scores 1 alone, text without it scores 0.
const phrase = "the blue heron flies at noon";
const data = modelOf(phrase, 0);
const confirms = (text: string) => confirmsReview(decodeModel(data), normalizeText(text));

describe("confirmsReview", () => {
  it("confirms where some chunk reads as abuse by the margin, however long the rest, and nowhere else", () => {
    expect(confirms(phrase)).toBe(true);
    expect(confirms(`${`${phrase}, `.repeat(6)}${"thank you for your payment, ".repeat(20)}`)).toBe(true);
    expect(confirms("Thank you for your payment, we will call you tomorrow.")).toBe(false);
  });

  it("never confirms a message too short to score", () => {
    expect(confirms("heron")).toBe(false);
  });
});

describe("screenMessage with a confirming model", () => {
  const withModel = compileLexicon({ ...defaultLexicon, model: data });
  const termsOnly = compileLexicon({ ...defaultLexicon, model: undefined });
  const text = `${phrase}, ${phrase}, the police`;

  it("blocks a review made on the lexicon's words alone, naming each confirmed rule", () => {
    const terms = screenMessage(text, termsOnly);
    const result = screenMessage(text, withModel);
    if (!terms.ok || !result.ok) throw new Error("screened");
    expect(terms.verdict).toBe("review");
    expect(result.verdict).toBe("block");
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual(
      terms.findings.map((f) => [`${f.rule}:confirmed`, "block"]),
    );
  });

  it("never confirms the borrower's words, nor blocks on the model alone", () => {
    const borrower = screenMessage(`Customer: the police?\nAgent: ${phrase}, ${phrase}.`, withModel);
    expect(borrower.ok && borrower.findings.map((f) => f.rule)).toEqual(["en-legal-review:borrower"]);
    expect(borrower.ok && borrower.verdict).toBe("review");
    expect(screenMessage(`${phrase}, ${phrase}.`, withModel)).toMatchObject({ verdict: "review" });
  });
});

describe("screenMessage with the shipped model", () => {
  const lexicon = compileLexicon(defaultLexicon);
  const verdict = (text: string) => {
    const result = screenMessage(text, lexicon);
    return result.ok ? result.verdict : result.code;
  };

  it("blocks a menacing mention of the borrower's manager, and reviews a plain one", () => {
    expect(verdict("Keep ignoring us and your manager hears everything.")).toBe("block");
    expect(verdict("你再不接电话，外访的同事明天就到。")).toBe("block");
    expect(verdict("We know who your manager is. Pay today.")).toBe("block");
    expect(verdict("Please ask your manager to confirm your employment for the hardship plan.")).toBe(
      "review",
    );
  });
});
