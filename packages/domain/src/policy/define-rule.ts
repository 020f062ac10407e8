import { z } from "zod";
import type { CompiledRule, EvalContext } from "./rule.js";
import type { ReasonKind } from "./vocabulary.js";

/**
 * How an overlay may change a parameter and still only tighten the pack: caps may go down (`at_most`), waits
 * up (`at_least`), a window may open later or close earlier, covered lists grow, allowed lists shrink.
 */
export type Tightening =
  | "at_most"
  | "at_least"
  | "not_earlier"
  | "not_later"
  | "superset"
  | "subset"
  | "only_false"
  | "only_true"
  | "stricter_effect";

/** The fields every pack rule entry has; `borrowerStates` confines a state's rule to borrowers in that state. */
export interface RuleHeader {
  id: string;
  type: string;
  citation: string;
  borrowerStates?: string[] | undefined;
}

/** A rule entry of a pack after validation: the header plus the rule type's own parameters. */
export type RuleEntry = RuleHeader & Record<string, unknown>;

/** One rule type: its plain-English summary, the catalogue ids it can implement, its parameters and evaluator. */
export interface RuleDefinition {
  readonly type: string;
  readonly kind: ReasonKind;
  readonly summary: string;
  readonly citations: readonly string[];
  readonly schema: z.ZodType<RuleEntry>;
  readonly tighten: Readonly<Record<string, Tightening | undefined>>;
  compile(entry: RuleEntry): CompiledRule;
}

const ruleId = z.string().regex(/^[a-z][a-z0-9-]*$/, "rule ids are kebab-case");
const stateCode = z.string().regex(/^[A-Z]{2}$/, "must be a two-letter state code such as `MA`");

/** Declares a rule type so the pack schema, the overlay check and the engine all read the same definition. */
export function defineRule<Shape extends z.ZodRawShape>(def: {
  type: string;
  kind: ReasonKind;
  summary: string;
  citations: readonly [string, ...string[]];
  params: Shape;
  tighten: { [K in keyof Shape]?: Tightening };
  compile(entry: z.output<z.ZodObject<Shape>> & RuleHeader): Omit<CompiledRule, "id" | "kind" | "citation">;
}): RuleDefinition {
  const schema = z.strictObject({
    id: ruleId,
    type: z.literal(def.type),
    citation: z.enum(def.citations),
    borrowerStates: z.array(stateCode).min(1).optional(),
    ...def.params,
  });
  return {
    type: def.type,
    kind: def.kind,
    summary: def.summary,
    citations: def.citations,
    schema: schema as unknown as z.ZodType<RuleEntry>,
    tighten: def.tighten as Record<string, Tightening | undefined>,
    compile(entry) {
      // INVARIANT: entries reach compile only after `schema` validated them, so the cast is the schema's output.
      const typed = entry as unknown as z.output<z.ZodObject<Shape>> & RuleHeader;
      const rule = { id: entry.id, kind: def.kind, citation: entry.citation, ...def.compile(typed) };
      return typed.borrowerStates === undefined ? rule : confinedToStates(rule, typed.borrowerStates);
    },
  };
}

// A state's rule speaks only to borrowers known to live there: an unknown state applies the federal rules alone.
// Not overlay-changeable, since narrowing the states would loosen the pack and widening them changes its law.
function confinedToStates(rule: CompiledRule, states: readonly string[]): CompiledRule {
  const applies = (ctx: EvalContext) =>
    ctx.scenario.borrowerState !== undefined && states.includes(ctx.scenario.borrowerState);
  const { obligation, usage } = rule;
  return {
    ...rule,
    check: (ctx, at) => (applies(ctx) ? rule.check(ctx, at) : undefined),
    ...(obligation ? { obligation: (ctx: EvalContext) => (applies(ctx) ? obligation(ctx) : undefined) } : {}),
    ...(usage
      ? { usage: (ctx: EvalContext, at: number) => (applies(ctx) ? usage(ctx, at) : undefined) }
      : {}),
  };
}
