import type { contactStatus } from "@faircollect/contract";
import { capUsage } from "@faircollect/domain/policy/cap-usage";
import { evaluateContact } from "@faircollect/domain/policy/evaluate-contact";
import type { Channel } from "@faircollect/domain/records/vocabulary";
import type { z } from "zod";
import { scopeAccounts } from "../access.js";
import type { Actor } from "../actor.js";
import { notFound } from "../app-error.js";
import type { DecisionDeps } from "./decide-contact.js";
import { kyselyDecisionStore } from "./decision-store.kysely.js";
import { loadContactFacts } from "./load-contact-facts.js";

/** The channels a collector plans with; data actions (credit reporting, data sharing) are asked for one by one. */
const statusChannels: Channel[] = ["call", "sms", "email", "push", "letter", "visit"];

/**
 * Per channel, whether contacting the borrower is allowed now and when it next
 * is, and what is left of each cap — read-only: nothing is recorded and no cap
 * is reserved.
 */
export async function contactStatusOf(
  deps: DecisionDeps,
  actor: Actor,
  accountId: string,
): Promise<z.infer<typeof contactStatus>> {
  const now = deps.clock();
  const { db } = deps.store;
  const account = await scopeAccounts(db.selectFrom("accounts").selectAll("accounts"), actor)
    .where("accounts.id", "=", accountId)
    .executeTakeFirst();
  if (!account) throw notFound("account");
  const request = {
    accountId,
    channel: "call" as const,
    target: { kind: "borrower" as const },
    purpose: "collection",
  };
  const facts = await loadContactFacts(
    kyselyDecisionStore(db),
    deps.codec,
    account,
    request,
    now,
    now,
    deps.inFlight,
    actor.grant,
  );
  const pack = deps.packs.forJurisdiction(facts.borrower.jurisdiction);
  const channels = statusChannels.map((channel) => {
    const scenario = {
      ...facts.scenario,
      channel,
      ...(channel === "call" || channel === "sms" ? {} : { number: undefined }),
    };
    const decision = evaluateContact(scenario, pack);
    return {
      channel,
      allowedNow: decision.decision === "allow",
      decision: decision.decision,
      nextAllowedAt: decision.nextAllowedAt ?? null,
      reasons: decision.reasons,
    };
  });
  const caps = statusChannels.flatMap((channel) =>
    capUsage({ ...facts.scenario, channel }, pack).map((usage) => ({ ...usage, channel })),
  );
  return { accountId, at: now.toISOString(), pack: { id: pack.id, version: pack.version }, channels, caps };
}
