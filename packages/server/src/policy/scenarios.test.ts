import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario } from "@faircollect/domain/policy/scenario-schema";
import { decideScreened, defaultLexiconOnce } from "@faircollect/domain/screening/screened-decision";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isPackId, loadPack, POLICIES_DIR } from "./load-pack.js";

// The golden scenarios are data (policies/scenarios/<pack>/*.yaml) so compliance staff can read and add cases.
interface ScenarioCase {
  name: string;
  scenario: Record<string, unknown>;
  expect: {
    decision: string;
    nextAllowedAt?: string | null;
    rules?: string[];
    citations?: string[];
    obligations?: string[];
  };
}

interface ScenarioFile {
  defaults?: Record<string, unknown>;
  cases: ScenarioCase[];
}

const SCENARIOS_DIR = join(POLICIES_DIR, "scenarios");

// A scenario with message text is screened as `faircollect decide` and the API screen it.
const lexiconOnce = defaultLexiconOnce();

// Objects merge key by key (so a case can add one flag); arrays and scalars replace; null removes a default.
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    if (value === null) {
      delete out[key];
      continue;
    }
    const bothObjects = [prior, value].every((v) => typeof v === "object" && v !== null && !Array.isArray(v));
    out[key] = bothObjects
      ? merge(prior as Record<string, unknown>, value as Record<string, unknown>)
      : value;
  }
  return out;
}

for (const packId of readdirSync(SCENARIOS_DIR)) {
  if (!isPackId(packId)) throw new Error(`scenario folder \`${packId}\` names no pack`);
  const pack = loadPack(packId);
  for (const fileName of readdirSync(join(SCENARIOS_DIR, packId)).filter((name) => name.endsWith(".yaml"))) {
    const file = parse(readFileSync(join(SCENARIOS_DIR, packId, fileName), "utf8")) as ScenarioFile;
    describe(`${packId}/${fileName}`, () => {
      for (const testCase of file.cases) {
        it(testCase.name, () => {
          const parsed = parseScenario(merge(file.defaults ?? {}, testCase.scenario));
          if (!parsed.ok) throw new Error(`bad scenario: ${JSON.stringify(parsed.issues)}`);
          const screened = decideScreened(parsed.value, pack, lexiconOnce);
          if (!screened.ok) throw new Error(`message.text: ${screened.message}`);
          const { decision } = screened;
          const wanted = testCase.expect;
          expect(decision.decision, JSON.stringify(decision.reasons)).toBe(wanted.decision);
          if (wanted.decision === "defer") {
            const next = decision.nextAllowedAt === undefined ? null : Date.parse(decision.nextAllowedAt);
            const expected = wanted.nextAllowedAt == null ? null : Date.parse(wanted.nextAllowedAt);
            expect(next === null ? null : new Date(next).toISOString()).toBe(
              expected === null ? null : new Date(expected).toISOString(),
            );
          }
          if (wanted.rules !== undefined) {
            expect(decision.reasons.map((r) => r.rule).sort()).toEqual([...wanted.rules].sort());
          }
          if (wanted.citations !== undefined) {
            expect(decision.reasons.map((r) => r.citation).sort()).toEqual([...wanted.citations].sort());
          }
          if (wanted.obligations !== undefined) {
            expect(decision.obligations.map((o) => o.id).sort()).toEqual([...wanted.obligations].sort());
          }
        });
      }
    });
  }
}
