import type { ContactDecision, Obligation, Reason } from "./decision.js";
import type { PolicyPack } from "./pack-schema.js";
import type { Block, CompiledRule, EvalContext } from "./rule.js";
import type { ContactScenario } from "./scenario-schema.js";
import { formatInstant } from "./time/instant.js";
import { zoneCalendar } from "./time/zone-calendar.js";

// Enough rounds for hours, a full cap window and a cool-down to settle, with room to spare.
const MAX_ROUNDS = 32;
// A deferral further out than this is reported without an instant rather than searched for.
const HORIZON_MS = 400 * 86_400_000;

/**
 * Decides one contact, purely: `scenario.attemptAt` is the instant decided and the only clock read. Every rule
 * runs; deny beats defer beats allow; a deferral names the first instant at which every rule allows, found by
 * re-running all rules at the latest instant any of them names until none blocks.
 */
export function evaluateContact(scenario: ContactScenario, pack: PolicyPack): ContactDecision {
  const ctx: EvalContext = { scenario, calendar: zoneCalendar(scenario.borrowerTimeZone) };
  const packRef = { id: pack.id, version: pack.version };
  const reasons: Reason[] = [];
  let denied = false;
  let deferred = false;
  let waitsForEvent = false;
  let retryAt = Number.NEGATIVE_INFINITY;
  for (const rule of pack.rules) {
    const block = runRule(rule, ctx, scenario.attemptAt);
    if (block === undefined) continue;
    reasons.push({
      kind: rule.kind,
      rule: rule.id,
      citation: block.citation ?? rule.citation,
      message: block.message,
    });
    if (block.effect === "deny") denied = true;
    else {
      deferred = true;
      if (block.retryAt === undefined) waitsForEvent = true;
      else retryAt = Math.max(retryAt, block.retryAt);
    }
  }
  if (denied) return { decision: "deny", reasons, obligations: [], pack: packRef };
  const obligations = collectObligations(pack, ctx, reasons);
  if (obligations === undefined) return { decision: "deny", reasons, obligations: [], pack: packRef };
  if (!deferred) return { decision: "allow", reasons, obligations, pack: packRef };
  const next = waitsForEvent ? undefined : firstAllowedInstant(pack, ctx, retryAt);
  return {
    decision: "defer",
    ...(next === undefined ? {} : { nextAllowedAt: formatInstant(next) }),
    reasons,
    obligations,
    pack: packRef,
  };
}

// INVARIANT: fail closed. A rule that throws counts as matched and denies, naming itself.
function runRule(rule: CompiledRule, ctx: EvalContext, at: number): Block | undefined {
  try {
    return rule.check(ctx, at);
  } catch (error) {
    return failure(rule, error);
  }
}

function failure(rule: CompiledRule, error: unknown): Block {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    effect: "deny",
    message: { en: `rule \`${rule.id}\` failed: ${detail}`, zh: `规则 ${rule.id} 执行出错，按禁止处理` },
  };
}

// Returns undefined (and records why) when an obligation cannot be computed: a contact must not go out without it.
function collectObligations(pack: PolicyPack, ctx: EvalContext, reasons: Reason[]): Obligation[] | undefined {
  const obligations: Obligation[] = [];
  for (const rule of pack.rules) {
    if (rule.obligation === undefined) continue;
    try {
      const obligation = rule.obligation(ctx);
      if (obligation !== undefined && !hasObligation(obligations, obligation.id))
        obligations.push(obligation);
    } catch (error) {
      const block = failure(rule, error);
      reasons.push({ kind: rule.kind, rule: rule.id, citation: rule.citation, message: block.message });
      return undefined;
    }
  }
  return obligations;
}

// A plain loop rather than Array#some: V8 11.3 (Node 20) crashed deoptimising that builtin's continuation here.
function hasObligation(obligations: readonly Obligation[], id: string): boolean {
  for (const known of obligations) if (known.id === id) return true;
  return false;
}

function firstAllowedInstant(pack: PolicyPack, ctx: EvalContext, from: number): number | undefined {
  let at = from;
  for (let round = 0; round < MAX_ROUNDS && at - ctx.scenario.attemptAt <= HORIZON_MS; round++) {
    let next = Number.NEGATIVE_INFINITY;
    for (const rule of pack.rules) {
      const block = runRule(rule, ctx, at);
      if (block === undefined) continue;
      // A denial later on, an event-only hold, or a rule that names no progress leaves no instant to promise.
      if (block.effect === "deny" || block.retryAt === undefined || block.retryAt <= at) return undefined;
      next = Math.max(next, block.retryAt);
    }
    if (next === Number.NEGATIVE_INFINITY) return at;
    at = next;
  }
  return undefined;
}
