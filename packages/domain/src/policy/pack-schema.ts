import { z } from "zod";
import type { RuleEntry } from "./define-rule.js";
import type { CompiledRule } from "./rule.js";
import { RULE_TYPES } from "./rules/registry.js";
import { formatPath } from "./scenario-schema.js";

const kebab = z.string().regex(/^[a-z][a-z0-9-]*$/, "must be kebab-case");

const packHeaderSchema = z.strictObject({
  id: kebab,
  version: z.string().min(1),
  jurisdiction: z.string().min(1),
  title: z.string().min(1),
  rules: z.array(z.unknown()).min(1),
});

/** A pack as data: its identity and its rule entries, each validated against its rule type. */
export interface PackDocument {
  id: string;
  version: string;
  jurisdiction: string;
  title: string;
  rules: RuleEntry[];
}

/** A pack ready to evaluate: the document it came from and its rules bound to their numbers. */
export interface PolicyPack {
  readonly id: string;
  readonly version: string;
  readonly document: PackDocument;
  readonly rules: readonly CompiledRule[];
}

/** One problem in a pack or overlay file, so the author can go straight to it. */
export interface PackError {
  file: string;
  path: string;
  problem: string;
}

/** The outcome of validating a pack: a usable pack, or every problem found. */
export type PackResult<T> = { ok: true; value: T } | { ok: false; errors: PackError[] };

/** Validates one rule entry against its type; `at` prefixes paths (e.g. `rules[3]`). */
export function validateRuleEntry(raw: unknown, file: string, at: string): PackResult<RuleEntry> {
  const type = typeof raw === "object" && raw !== null ? (raw as { type?: unknown }).type : undefined;
  const definition = typeof type === "string" ? RULE_TYPES.get(type) : undefined;
  if (definition === undefined) {
    const known = [...RULE_TYPES.keys()].join(", ");
    return {
      ok: false,
      errors: [{ file, path: `${at}.type`, problem: `unknown rule type; known: ${known}` }],
    };
  }
  const result = definition.schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => toPackErrors(issue, file, at)) };
}

/** Converts schema issues into pack errors whose paths start at `prefix`. */
export function toPackErrors(issue: z.core.$ZodIssue, file: string, prefix: string): PackError[] {
  const paths =
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
  const problem = issue.code === "unrecognized_keys" ? "unknown field" : issue.message;
  return paths.map((path) => {
    const rest = path.length === 0 ? "" : formatPath(path);
    const joined =
      prefix === ""
        ? rest
        : rest === ""
          ? prefix
          : rest.startsWith("[")
            ? prefix + rest
            : `${prefix}.${rest}`;
    return { file, path: joined === "" ? "(root)" : joined, problem };
  });
}

/** Validates a parsed pack file into a document; `source` names the file in every error. */
export function validatePackDocument(obj: unknown, source: string): PackResult<PackDocument> {
  const header = packHeaderSchema.safeParse(obj);
  if (!header.success) {
    return { ok: false, errors: header.error.issues.flatMap((issue) => toPackErrors(issue, source, "")) };
  }
  const errors: PackError[] = [];
  const rules: RuleEntry[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of header.data.rules.entries()) {
    const entry = validateRuleEntry(raw, source, `rules[${index}]`);
    if (!entry.ok) {
      errors.push(...entry.errors);
    } else if (seen.has(entry.value.id)) {
      errors.push({ file: source, path: `rules[${index}].id`, problem: "duplicate rule id" });
    } else {
      seen.add(entry.value.id);
      rules.push(entry.value);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...header.data, rules } };
}

/** Binds a validated document's rules to their evaluators. */
export function compilePack(document: PackDocument): PolicyPack {
  const rules = document.rules.map((entry) => {
    // INVARIANT: validatePackDocument accepted only entries whose type is registered.
    return RULE_TYPES.get(entry.type)!.compile(entry);
  });
  return { id: document.id, version: document.version, document, rules };
}

/** Validates and compiles a pack in one step: a pack with any error does not load. */
export function validatePack(obj: unknown, source: string): PackResult<PolicyPack> {
  const document = validatePackDocument(obj, source);
  return document.ok ? { ok: true, value: compilePack(document.value) } : document;
}
