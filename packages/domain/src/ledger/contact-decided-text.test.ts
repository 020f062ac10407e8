import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REASON_KINDS } from "../policy/vocabulary.js";
import { channels } from "../records/vocabulary.js";
import { canonicalJson } from "./canonical-json.js";
import { contactDecidedText } from "./contact-decided-text.js";
import { DECISIONS, ledgerEntry, RECIPIENTS } from "./entries.js";
import { ENTRY_ID_PATTERN, ENTRY_SLUG_PATTERN, entryInstant } from "./entry-fields.js";

/** The generic path: the schema's parse, then JSON.stringify of its sorted output. */
function schemaText(entry: unknown): string | undefined {
  const parsed = ledgerEntry.safeParse(entry);
  return parsed.success ? JSON.stringify(parsed.data) : undefined;
}

const plain = { noNullPrototype: true } as const;
const id = fc.oneof(fc.uuid(), fc.stringMatching(ENTRY_ID_PATTERN));
const slug = fc.stringMatching(ENTRY_SLUG_PATTERN);
const instant = fc.oneof(
  fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString()),
  fc.stringMatching(entryInstant._zod.pattern),
);
const version = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });
const reason = fc.record({ kind: fc.constantFrom(...REASON_KINDS), rule: slug }, plain);

/** Valid fields of a contact.decided entry, optional ones sometimes absent and sometimes undefined. */
const validFields = {
  type: fc.constant("contact.decided"),
  v: fc.constant(1),
  at: instant,
  actor: id,
  decisionId: id,
  accountId: id,
  borrowerId: id,
  channel: fc.constantFrom(...channels),
  recipient: fc.constantFrom(...RECIPIENTS),
  thirdPartyId: fc.option(id, { nil: undefined }),
  decision: fc.constantFrom(...DECISIONS),
  nextAllowedAt: fc.option(instant, { nil: undefined }),
  reasons: fc.array(reason, { maxLength: 4 }),
  pack: fc.record({ id: slug, version }, plain),
};
const required = Object.keys(validFields).filter((k) => k !== "thirdPartyId" && k !== "nextAllowedAt");
const validEntry = fc.record(validFields, {
  ...plain,
  requiredKeys: required as (keyof typeof validFields)[],
});

/** A field that is mostly valid, sometimes a near miss of the same kind, sometimes anything at all. */
const nearly = <T, U>(valid: fc.Arbitrary<T>, miss: fc.Arbitrary<U>) =>
  fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 2, arbitrary: miss },
    { weight: 1, arbitrary: fc.anything() },
  );
const missedText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.constantFrom("", "A", "a b", "x".repeat(101), "2025-02-30T00:00:00Z", "2025-03-04T05:06:07"),
  fc.stringMatching(ENTRY_ID_PATTERN),
  slug,
);
const missedReason = fc.record(
  { kind: nearly(fc.constantFrom(...REASON_KINDS), missedText), rule: nearly(slug, missedText) },
  { ...plain, requiredKeys: [] },
);
/** For each field, values that are wrong for it (or nearly right), and a few keys that do not belong. */
const misses: Record<string, fc.Arbitrary<unknown>> = {
  type: fc.constantFrom("contact.outcome_recorded", "contact.decided ", undefined),
  v: fc.constantFrom(0, 2, "1", 1.5, undefined),
  at: missedText,
  actor: missedText,
  decisionId: missedText,
  accountId: missedText,
  borrowerId: missedText,
  channel: missedText,
  recipient: missedText,
  thirdPartyId: missedText,
  decision: missedText,
  nextAllowedAt: missedText,
  reasons: fc.oneof(
    fc.array(missedReason, { minLength: 1, maxLength: 3 }),
    fc.array(reason, { minLength: 63, maxLength: 66 }),
    fc.constantFrom({}, "[]", undefined),
  ),
  pack: fc.oneof(
    fc.record({ id: missedText, version }, plain),
    fc.record(
      {
        id: slug,
        version: fc.oneof(
          fc.constantFrom("", `${"\u{1f600}".repeat(20)}x`),
          fc.string({ minLength: 41, maxLength: 41 }),
        ),
      },
      plain,
    ),
    fc.record({ id: slug, version, extra: fc.anything() }, { ...plain, requiredKeys: ["id", "version"] }),
  ),
  extra: fc.anything(),
  __proto__: fc.constant({ pack: { id: "x", version: "1" } }),
};
const miss = fc.oneof(...Object.entries(misses).map(([key, value]) => value.map((v) => [key, v] as const)));
/** A valid entry with one or two fields replaced by a miss, or by anything at all. */
const nearMiss = fc
  .tuple(
    validEntry,
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: miss },
        fc.tuple(fc.constantFrom(...Object.keys(misses)), fc.anything()),
      ),
      { minLength: 1, maxLength: 2 },
    ),
  )
  .map(([entry, changes]) => {
    const out: Record<string, unknown> = { ...entry };
    for (const [key, value] of changes)
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });

describe("contactDecidedText", () => {
  it("writes the schema path's bytes, and canonical JSON, for every valid contact.decided entry", () => {
    fc.assert(
      fc.property(validEntry, (entry) => {
        const text = contactDecidedText(entry);
        expect(text).toBe(schemaText(entry));
        expect(text).toBe(canonicalJson(entry));
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts nothing the schema refuses, and otherwise writes the same bytes", () => {
    fc.assert(
      fc.property(nearMiss, (entry) => {
        const text = contactDecidedText(entry);
        if (text !== undefined) expect(text).toBe(schemaText(entry));
      }),
      { numRuns: 5000 },
    );
  });

  it("leaves other entry types, other versions and non-objects to the schema", () => {
    const decided = fc.sample(validEntry, { numRuns: 1, seed: 1 })[0]!;
    expect(contactDecidedText(decided)).toBeDefined();
    expect(contactDecidedText({ ...decided, v: 2 })).toBeUndefined();
    expect(contactDecidedText({ ...decided, type: "contact.outcome_recorded" })).toBeUndefined();
    expect(contactDecidedText(Object.assign(Object.create(null), decided))).toBeUndefined();
    expect(
      contactDecidedText({
        ...decided,
        reasons: [Object.assign(Object.create({}), { kind: "hours", rule: "a" })],
      }),
    ).toBeUndefined();
    for (const other of [null, undefined, "x", 1, [decided]])
      expect(contactDecidedText(other)).toBeUndefined();
  });
});
