import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromUtf8, utf8 } from "./bytes.js";
import { canonicalJson } from "./canonical-json.js";
import { type LedgerEntry, ledgerEntry } from "./entries.js";
import { decodeEntry, encodeEntry, encodeEntryText } from "./entry-codec.js";
import { sortedShape } from "./entry-fields.js";

const decided: LedgerEntry = {
  type: "contact.decided",
  v: 1,
  at: "2025-03-04T05:06:07.000Z",
  actor: "5b1f0c1e-8f9a-4d55-9a43-3f3c1f1d2e01",
  decisionId: "d-1",
  accountId: "a-1",
  borrowerId: "b-1",
  channel: "call",
  recipient: "borrower",
  decision: "defer",
  nextAllowedAt: "2025-03-04T13:00:00+08:00",
  reasons: [{ kind: "hours", rule: "inconvenient-time" }],
  pack: { id: "cn-convention", version: "2024.1" },
};

describe("entry encoding", () => {
  it("writes sorted keys at every level with no whitespace", () => {
    expect(fromUtf8(encodeEntry(decided))).toBe(
      '{"accountId":"a-1","actor":"5b1f0c1e-8f9a-4d55-9a43-3f3c1f1d2e01","at":"2025-03-04T05:06:07.000Z",' +
        '"borrowerId":"b-1","channel":"call","decision":"defer","decisionId":"d-1",' +
        '"nextAllowedAt":"2025-03-04T13:00:00+08:00","pack":{"id":"cn-convention","version":"2024.1"},' +
        '"reasons":[{"kind":"hours","rule":"inconvenient-time"}],"recipient":"borrower","type":"contact.decided","v":1}',
    );
  });

  it("gives equal bytes for equal entries whatever the key order", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(Object.keys(decided), { minLength: Object.keys(decided).length }),
        (keys) => {
          const shuffled = Object.fromEntries(
            keys.map((k) => [k, decided[k as keyof typeof decided]]),
          ) as LedgerEntry;
          expect(encodeEntry(shuffled)).toEqual(encodeEntry(decided));
        },
      ),
    );
  });

  it("round-trips through decodeEntry", () => {
    expect(decodeEntry(encodeEntry(decided))).toEqual({ ok: true, entry: decided });
  });

  it("refuses unknown fields, unknown types, missing fields and personal data in clear", () => {
    expect(() => encodeEntry({ ...decided, phone: "+8613800000000" } as LedgerEntry)).toThrow();
    expect(() => encodeEntry({ ...decided, type: "contact.guessed" } as unknown as LedgerEntry)).toThrow();
    const { borrowerId: _, ...missing } = decided;
    expect(() => encodeEntry(missing as LedgerEntry)).toThrow();
    const evidence = {
      type: "evidence.submitted",
      v: 1,
      at: "2025-03-04T05:06:07Z",
      actor: "system",
      evidenceId: "e-1",
      borrowerId: "b-1",
      complaintId: null,
      contentHash: "recording-of-zhang-san.mp3",
      mediaType: "audio/mpeg",
      sizeBytes: 1000,
    };
    expect(() => encodeEntry(evidence as LedgerEntry)).toThrow();
    expect(
      decodeEntry(encodeEntry({ ...evidence, contentHash: `hmac-sha256:${"ab".repeat(32)}` } as LedgerEntry))
        .ok,
    ).toBe(true);
  });

  it("refuses bytes that are valid but not canonical, so one entry has one leaf hash", () => {
    const spaced = utf8(JSON.stringify(JSON.parse(fromUtf8(encodeEntry(decided))!), null, 1));
    expect(decodeEntry(spaced)).toEqual({ ok: false, problem: "entry is not in canonical form" });
    expect(decodeEntry(Uint8Array.of(0xff))).toEqual({ ok: false, problem: "entry is not UTF-8" });
    expect(decodeEntry(utf8("{"))).toEqual({ ok: false, problem: "entry is not JSON" });
  });

  it("matches a version-1 entry exactly as the server stores it today", () => {
    const stored =
      '{"actor":"system","agencyId":"ag-1","at":"2025-01-01T00:00:00.000Z","type":"agency.created","v":1}';
    expect(decodeEntry(utf8(stored)).ok).toBe(true);
    expect(canonicalJson(JSON.parse(stored))).toBe(stored);
  });

  it("writes canonicalJson's text for any variation of a valid entry", () => {
    const text = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });
    const reason = fc.record(
      { kind: fc.constantFrom("hours", "frequency"), rule: fc.constantFrom("a-1", "b.2") },
      { noNullPrototype: true },
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            thirdPartyId: fc.constantFrom("tp-1", undefined),
            nextAllowedAt: fc.constantFrom("2025-03-04T13:00:00+08:00", undefined),
            reasons: fc.array(reason, { maxLength: 4 }),
            pack: fc.record({ version: text, id: fc.constant("cn-convention") }, { noNullPrototype: true }),
          },
          { requiredKeys: ["reasons", "pack"], noNullPrototype: true },
        ),
        (variation) => {
          const entry = { ...decided, ...variation } as LedgerEntry;
          expect(encodeEntryText(entry)).toBe(canonicalJson(entry));
        },
      ),
    );
  });
});

/** Every object schema inside a schema, refusing kinds whose JSON.stringify is not canonical JSON. */
function objectSchemas(schema: z.core.$ZodType): z.core.$ZodShape[] {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "enum":
    case "literal":
    case "boolean":
    case "number":
      return [];
    case "optional":
    case "nullable":
      return objectSchemas((def as z.core.$ZodOptionalDef).innerType);
    case "array":
      return objectSchemas((def as z.core.$ZodArrayDef).element);
    case "object": {
      const shape = (def as z.core.$ZodObjectDef).shape;
      return [shape, ...Object.values(shape).flatMap(objectSchemas)];
    }
    case "union":
      return (def as z.core.$ZodUnionDef).options.flatMap(objectSchemas);
  }
  throw new TypeError(`a ${def.type} schema in an entry: JSON.stringify may not write it canonically`);
}

describe("entry schemas parse to canonical order", () => {
  it("list the members of every object in every entry type in sorted order", () => {
    const shapes = objectSchemas(ledgerEntry);
    expect(shapes.length).toBeGreaterThan(ledgerEntry.options.length);
    for (const shape of shapes) expect(Object.keys(shape)).toEqual(Object.keys(shape).sort());
  });

  it("rely on Zod writing a parsed object's members in shape order, whatever the input's order", () => {
    const item = z.strictObject(sortedShape({ z: z.string(), a: z.number().optional() }));
    const schema = z.strictObject(
      sortedShape({
        type: z.literal("t"),
        b: z.string().optional(),
        a: z.array(item),
        c: item.nullable(),
        "\u00e9": z.boolean(),
        B: z.enum(["x", "y"]),
      }),
    );
    const values = fc.record(
      {
        type: fc.constant("t" as const),
        b: fc.option(fc.string({ unit: "binary" }), { nil: undefined }),
        a: fc.array(
          fc.record(
            { z: fc.string(), a: fc.option(fc.integer(), { nil: undefined }) },
            { requiredKeys: ["z"], noNullPrototype: true },
          ),
        ),
        c: fc.option(fc.record({ a: fc.integer(), z: fc.string() }, { noNullPrototype: true }), {
          nil: null,
        }),
        "\u00e9": fc.boolean(),
        B: fc.constantFrom("x" as const, "y" as const),
      },
      { requiredKeys: ["type", "a", "c", "\u00e9", "B"], noNullPrototype: true },
    );
    fc.assert(
      fc.property(values, (value) => {
        expect(JSON.stringify(schema.parse(value))).toBe(canonicalJson(value));
      }),
    );
  });
});
