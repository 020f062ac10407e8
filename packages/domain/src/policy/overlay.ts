import { z } from "zod";
import type { RuleEntry, Tightening } from "./define-rule.js";
import {
  type PackDocument,
  type PackError,
  type PackResult,
  toPackErrors,
  validateRuleEntry,
} from "./pack-schema.js";
import { RULE_TYPES } from "./rules/registry.js";
import { minuteOfDay } from "./time/wall-clock.js";

const overlaySchema = z.strictObject({
  overlay: z.string().regex(/^[a-z][a-z0-9-]*$/, "must be kebab-case"),
  version: z.string().min(1),
  pack: z.string().min(1),
  tighten: z.array(z.looseObject({ id: z.string() })).default([]),
  add: z.array(z.unknown()).default([]),
});

const EFFECT_RANK: Readonly<Record<string, number>> = { obligation: 0, defer: 1, deny: 2 };

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// Whether `next` is at least as strict as `base` under the parameter's tightening direction.
const IS_TIGHTER: Record<Tightening, (base: unknown, next: unknown) => boolean> = {
  at_most: (base, next) => typeof next === "number" && typeof base === "number" && next <= base,
  at_least: (base, next) => typeof next === "number" && typeof base === "number" && next >= base,
  not_earlier: (base, next) => minuteOfDay(String(next)) >= minuteOfDay(String(base)),
  not_later: (base, next) => minuteOfDay(String(next)) <= minuteOfDay(String(base)),
  superset: (base, next) => asList(base).every((item) => asList(next).includes(item)),
  subset: (base, next) => asList(next).every((item) => asList(base).includes(item)),
  only_false: (base, next) => next === base || next === false,
  only_true: (base, next) => next === base || next === true,
  stricter_effect: (base, next) => (EFFECT_RANK[String(next)] ?? -1) >= (EFFECT_RANK[String(base)] ?? 3),
};

/**
 * Applies a lender overlay to a pack document. An overlay may only tighten: change a parameter in its strict
 * direction or add rules. Anything looser, or any field no direction is defined for, fails and names the field.
 */
export function applyOverlay(base: PackDocument, raw: unknown, source: string): PackResult<PackDocument> {
  const parsed = overlaySchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.flatMap((issue) => toPackErrors(issue, source, "")) };
  }
  const overlay = parsed.data;
  const errors: PackError[] = [];
  if (overlay.pack !== base.id) {
    errors.push({
      file: source,
      path: "pack",
      problem: `overlay is for \`${overlay.pack}\`, not \`${base.id}\``,
    });
  }
  const rules = new Map(base.rules.map((rule) => [rule.id, rule]));
  overlay.tighten.forEach((change, index) => {
    const result = tightenRule(rules.get(change.id), change, source, `tighten[${index}]`);
    if (result.ok) rules.set(change.id, result.value);
    else errors.push(...result.errors);
  });
  for (const [index, raw] of overlay.add.entries()) {
    const entry = validateRuleEntry(raw, source, `add[${index}]`);
    if (!entry.ok) errors.push(...entry.errors);
    else if (rules.has(entry.value.id)) {
      errors.push({ file: source, path: `add[${index}].id`, problem: "a rule with this id exists" });
    } else rules.set(entry.value.id, entry.value);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...base,
      version: `${base.version}+${overlay.overlay}@${overlay.version}`,
      rules: [...rules.values()],
    },
  };
}

function tightenRule(
  rule: RuleEntry | undefined,
  change: { id: string } & Record<string, unknown>,
  file: string,
  at: string,
): PackResult<RuleEntry> {
  if (rule === undefined)
    return { ok: false, errors: [{ file, path: `${at}.id`, problem: "no such rule in the pack" }] };
  // INVARIANT: pack documents hold only registered rule types.
  const definition = RULE_TYPES.get(rule.type)!;
  const errors: PackError[] = [];
  for (const [key, next] of Object.entries(change)) {
    if (key === "id") continue;
    const direction = definition.tighten[key];
    if (direction === undefined) {
      errors.push({ file, path: `${at}.${key}`, problem: "an overlay cannot change this field" });
    } else if (!IS_TIGHTER[direction](rule[key], next)) {
      const problem = `looser than the pack (${JSON.stringify(rule[key])} -> ${JSON.stringify(next)}; must be ${direction})`;
      errors.push({ file, path: `${at}.${key}`, problem });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return validateRuleEntry({ ...rule, ...change }, file, at);
}
