import type { outcomeBody, outcomeRecorded } from "@faircollect/contract";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import { scopeAccounts } from "../access.js";
import type { Actor } from "../actor.js";
import { AppError, invalid, notFound } from "../app-error.js";
import type { ServiceDeps } from "../deps.js";
import type { LexiconSource } from "../screening/lexicon-source.js";
import { recordTranscript, screenTranscript } from "../screening/transcripts.js";
import { noteCommunication } from "./communications.js";
import { lockBorrower } from "./load-contact-facts.js";

/**
 * Records what happened on an allowed contact. From then on the contact counts
 * by its real outcome instead of as an in-flight connected call.
 */
export async function recordOutcome(
  deps: ServiceDeps & { lexicon: LexiconSource },
  actor: Actor,
  decisionId: string,
  input: z.infer<typeof outcomeBody>,
): Promise<z.infer<typeof outcomeRecorded>> {
  const now = deps.clock().toISOString();
  const screened = input.transcript === undefined ? undefined : screenTranscript(deps, input.transcript);
  return deps.store.db.transaction().execute(async (trx) => {
    const decision = await trx
      .selectFrom("contact_decisions")
      .selectAll()
      .where("id", "=", decisionId)
      .executeTakeFirst();
    const reachable =
      decision &&
      (await scopeAccounts(trx.selectFrom("accounts").select("accounts.id"), actor)
        .where("accounts.id", "=", decision.account_id)
        .executeTakeFirst());
    if (!decision || !reachable) throw notFound("contact decision");
    if (decision.decision !== "allow")
      throw new AppError("CONFLICT", `the contact was not allowed (${decision.decision})`);
    if (decision.outcome !== null) throw new AppError("CONFLICT", "the outcome is already recorded");
    const outcomeAt = new Date(input.at).toISOString();
    if (outcomeAt > now) throw invalid("at", "must not lie in the future");
    if (input.thirdPartyRefused && !decision.third_party_id)
      throw invalid("thirdPartyRefused", "the contact was not with a third party");
    await lockBorrower(trx, decision.borrower_id);
    await trx
      .updateTable("contact_decisions")
      .set({ outcome: input.outcome, outcome_at: outcomeAt, duration_seconds: input.durationSeconds ?? null })
      .where("id", "=", decisionId)
      .execute();
    const contact = {
      id: deps.newId(),
      account_id: decision.account_id,
      borrower_id: decision.borrower_id,
      channel: decision.channel,
      // The contact happened when the decision allowed it; the outcome time only says when it ended.
      at: decision.at,
      outcome: input.outcome,
      number_index: decision.number_index,
      actor: decision.actor,
      target: decision.target,
      third_party_id: decision.third_party_id,
      purpose: decision.purpose,
      direction: "outbound",
      collector_id: decision.requested_by,
      decision_id: decisionId,
    };
    await trx.insertInto("contacts").values(contact).execute();
    await noteCommunication(trx, contact);
    if (input.thirdPartyRefused) {
      await trx
        .updateTable("third_parties")
        .set({ refused_at: outcomeAt })
        .where("id", "=", decision.third_party_id)
        .execute();
    }
    const [ledgerIndex] = await appendEntries(trx, [
      {
        type: "contact.outcome_recorded",
        v: 1,
        at: now,
        actor: actor.userId,
        decisionId,
        accountId: decision.account_id,
        borrowerId: decision.borrower_id,
        outcome: input.outcome,
      },
    ]);
    if (input.transcript !== undefined && screened)
      await recordTranscript(trx, deps, actor.userId, decision, input.transcript, screened, now);
    return { decisionId, outcome: input.outcome, ledgerIndex: ledgerIndex! };
  });
}
