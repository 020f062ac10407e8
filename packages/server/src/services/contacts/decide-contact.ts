import type { ContactDecisionBody, ContactDecisionView } from "@faircollect/contract";
import { allowedUntil } from "@faircollect/domain/policy/allowed-until";
import type { ContactDecision } from "@faircollect/domain/policy/decision";
import { evaluateContact } from "@faircollect/domain/policy/evaluate-contact";
import { agentEligibility } from "@faircollect/domain/records/agent-eligibility";
import type { Channel } from "@faircollect/domain/records/vocabulary";
import { applyScreen } from "@faircollect/domain/screening/apply-screen";
import { type Screened, screenMessage } from "@faircollect/domain/screening/index";
import type { Actor } from "../actor.js";
import { invalid, notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import { recordMessageScreen, resolveDecisionMessage } from "../screening/decision-message.js";
import type { LexiconSource } from "../screening/lexicon-source.js";
import type { InFlightPolicy } from "./contact-history.js";
import type { DecisionStore } from "./decision-store.js";
import { kyselyDecisionStore } from "./decision-store.kysely.js";
import { loadContactFacts } from "./load-contact-facts.js";
import type { PackSet } from "./pack-set.js";

/** What deciding a contact needs beyond the common dependencies. */
export type DecisionDeps = ServiceDeps & {
  packs: PackSet;
  inFlight: InFlightPolicy;
  lexicon: LexiconSource;
};

const MAX_AHEAD_MS = 30 * 86_400_000;
const CLOCK_SKEW_MS = 5 * 60_000;
const MESSAGE_CHANNELS: ReadonlySet<string> = new Set(["sms", "email", "push"]);

/** The `at` a request decides: now by default, up to 30 days ahead for a dialer planning its day. */
export function decisionInstant(input: { at?: string }, now: Date): Date {
  if (input.at === undefined) return now;
  const at = new Date(input.at);
  if (at.getTime() < now.getTime() - CLOCK_SKEW_MS) throw invalid("at", "must not lie in the past");
  if (at.getTime() > now.getTime() + MAX_AHEAD_MS) throw invalid("at", "must lie at most 30 days ahead");
  return at;
}

/**
 * Decides one contact: in one transaction serialised on the borrower it loads
 * the facts, asks the engine, records the decision (allow, defer or deny) with
 * its ledger entry, and commits before anyone is told the answer.
 */
export async function decideContact(
  deps: DecisionDeps,
  actor: Actor,
  input: ContactDecisionBody,
): Promise<ContactDecisionView> {
  const now = deps.clock();
  const at = decisionInstant(input, now);
  const screened = screenText(deps, input);
  return deps.store.db
    .transaction()
    .execute((trx) => decideWith(kyselyDecisionStore(trx), deps, actor, input, at, now, screened));
}

/** Screens the message text outside any transaction (it is pure CPU); refuses text over the size limit. */
export function screenText(deps: DecisionDeps, input: ContactDecisionBody): Screened | undefined {
  const text = input.message?.text;
  if (text === undefined) return undefined;
  const screened = screenMessage(text, deps.lexicon.current());
  if (!screened.ok) throw invalid("message.text", screened.message);
  return screened;
}

/**
 * The body of a decision through its port, inside the caller's transaction
 * (one per decision, or a group commit): scope, lock, load, decide, record.
 */
export async function decideWith(
  store: DecisionStore,
  deps: DecisionDeps,
  actor: Actor,
  input: ContactDecisionBody,
  at: Date,
  now: Date,
  screened: Screened | undefined,
): Promise<ContactDecisionView> {
  const account = await store.findAccount(actor, input.accountId);
  if (!account) throw notFound("account");
  await store.lockBorrower(account.borrower_id);
  const facts = await loadContactFacts(
    store,
    deps.codec,
    account,
    input,
    at,
    now,
    deps.inFlight,
    actor.grant,
  );
  const pack = deps.packs.forJurisdiction(facts.borrower.jurisdiction);
  const requester = await store.findRequester(actor.userId);
  const engine = evaluateContact(facts.scenario, pack);
  const eligible: ContactDecision =
    requester.role === "collector"
      ? agentEligibility(engine, requester.certified_until, at.toISOString())
      : engine;
  const jurisdiction = facts.borrower.jurisdiction as "CN" | "US";
  const message = input.message
    ? await resolveDecisionMessage(store.db, deps, account.id, input, screened)
    : undefined;
  const decision = message ? applyScreen(eligible, message.screened, jurisdiction) : eligible;
  const sendBefore =
    decision.decision === "allow" && MESSAGE_CHANNELS.has(input.channel)
      ? allowedUntil(facts.scenario, pack)
      : undefined;
  const id = deps.newId();
  const decidedAt = now.toISOString();
  const ledgerIndex = await store.recordDecision(
    {
      type: "contact.decided",
      v: 1,
      at: decidedAt,
      actor: actor.userId,
      decisionId: id,
      accountId: account.id,
      borrowerId: account.borrower_id,
      channel: input.channel as Channel,
      recipient: input.target.kind === "third_party" ? "third_party" : "borrower",
      ...(facts.thirdParty ? { thirdPartyId: facts.thirdParty.id } : {}),
      decision: decision.decision,
      ...(decision.nextAllowedAt ? { nextAllowedAt: decision.nextAllowedAt } : {}),
      reasons: decision.reasons.map((r) => ({ kind: r.kind, rule: r.rule })),
      pack: decision.pack,
    },
    {
      id,
      account_id: account.id,
      borrower_id: account.borrower_id,
      requested_by: actor.userId,
      actor: facts.scenario.actor,
      channel: input.channel,
      target: input.target.kind,
      third_party_id: facts.thirdParty?.id ?? null,
      number_index: facts.numberIndex ?? null,
      purpose: input.purpose,
      at: at.toISOString(),
      decided_at: decidedAt,
      decision: decision.decision,
      next_allowed_at: decision.nextAllowedAt ?? null,
      send_before: sendBefore ?? null,
      reasons: JSON.stringify(decision.reasons),
      obligations: JSON.stringify(decision.obligations),
      pack_id: decision.pack.id,
      pack_version: decision.pack.version,
      message_digest: message?.digest ?? null,
      outcome: null,
      outcome_at: null,
      duration_seconds: null,
    },
  );
  const reviewItemId = message
    ? await recordMessageScreen(
        store.db,
        deps,
        {
          id,
          account_id: account.id,
          borrower_id: account.borrower_id,
          requested_by: actor.userId,
          channel: input.channel,
          at: at.toISOString(),
        },
        decision,
        message,
        decidedAt,
      )
    : undefined;
  const dials = decision.decision === "allow" && (input.channel === "call" || input.channel === "sms");
  return {
    id,
    accountId: account.id,
    channel: input.channel,
    at: at.toISOString(),
    decision: decision.decision,
    nextAllowedAt: decision.nextAllowedAt ?? null,
    sendBefore: sendBefore ?? null,
    reasons: decision.reasons,
    obligations: decision.obligations,
    pack: decision.pack,
    ledgerIndex,
    dial: dials && facts.dialNumber ? { number: facts.dialNumber } : null,
    ...(reviewItemId ? { reviewItemId } : {}),
  };
}
