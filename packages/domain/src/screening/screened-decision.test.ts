import { describe, expect, it } from "vitest";
import { compilePack, type PackDocument } from "../policy/pack-schema.js";
import { parseScenario } from "../policy/scenario-schema.js";
import { compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { decideScreened } from "./screened-decision.js";

const pack = compilePack({
  id: "test",
  version: "1",
  jurisdiction: "US",
  title: "test",
  rules: [
    {
      id: "inconvenient-time",
      type: "hours",
      citation: "US-REGF-HOURS",
      from: "08:00",
      to: "21:00",
      channels: ["sms"],
      allPossibleZones: true,
    },
  ],
} as PackDocument);
const lexicon = compileLexicon(defaultLexicon);
let compiled = 0;
const lexiconOnce = () => {
  compiled++;
  return lexicon;
};

const scenario = (text: string | undefined, attemptAt = "2026-06-01T10:00:00-04:00") => {
  const parsed = parseScenario({
    attemptAt,
    borrowerTimeZone: "America/New_York",
    channel: "sms",
    ...(text === undefined ? {} : { message: { text } }),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

describe("decideScreened", () => {
  it("leaves a decision without text to the engine, never asking for the lexicon", () => {
    const result = decideScreened(scenario(undefined), pack, lexiconOnce);
    expect(result.ok && result.decision.decision).toBe("allow");
    expect(compiled).toBe(0);
  });

  it("denies a threatening text with a content reason under the US citations", () => {
    const result = decideScreened(scenario("Pay today or we will break your legs."), pack, lexiconOnce);
    expect(result.ok && result.decision.decision).toBe("deny");
    expect(result.ok && result.decision.reasons.map((r) => [r.kind, r.citation])).toContainEqual([
      "content",
      "US-FDCPA-1692D",
    ]);
  });

  it("keeps a clean text's deferral and its next allowed instant", () => {
    const result = decideScreened(
      scenario("Your payment of $120 is due on June 5.", "2026-06-01T21:30:00-04:00"),
      pack,
      lexiconOnce,
    );
    expect(result.ok && result.decision).toMatchObject({
      decision: "defer",
      nextAllowedAt: "2026-06-02T12:00:00Z",
    });
  });

  it("answers a text over the size limit with the screen's message instead of a decision", () => {
    const result = decideScreened(scenario("a".repeat(10_001)), pack, lexiconOnce);
    expect(result.ok).toBe(false);
  });
});
