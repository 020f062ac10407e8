import { activeHolds } from "@faircollect/domain/records/holds";
import type { HoldKind, HoldState } from "@faircollect/domain/records/vocabulary";
import type { Db, Row } from "../../store/database.js";
import { type NewViolation, recordViolations } from "./record-violations.js";

/** The protections whose late recording turns the contacts made since into violations. */
const PROTECTIONS: ReadonlySet<string> = new Set<HoldKind>(["cease", "dispute", "attorney", "vulnerability"]);

type Contacted = {
  decisionId: string | null;
  contactId: string | null;
  accountId: string;
  channel: string;
  at: string;
  collectorId: string | null;
};

/**
 * A protection recorded with an `effectiveFrom` in the past: every outbound contact
 * to the borrower (the account, if the hold is scoped) made since then while it was
 * in force becomes a violation, in the caller's transaction. Allowed decisions stand
 * for their contacts; contacts with no decision (imported history) count on their
 * own; contacts of the borrower's attorney never count; a contact already flagged
 * for this kind of hold is not flagged again.
 */
export async function detectProtectionViolations(
  trx: Db,
  deps: { newId: () => string },
  actorId: string,
  hold: Row<"holds">,
  now: string,
): Promise<string[]> {
  if (hold.state !== "active" || !PROTECTIONS.has(hold.kind) || hold.effective_from >= now) return [];
  let decisions = trx
    .selectFrom("contact_decisions")
    .select(["id", "account_id", "channel", "at", "requested_by"])
    .where("borrower_id", "=", hold.borrower_id)
    .where("decision", "=", "allow")
    .where("target", "!=", "attorney")
    .where("at", ">=", hold.effective_from)
    .where("at", "<=", now);
  let contacts = trx
    .selectFrom("contacts")
    .select(["id", "account_id", "channel", "at", "collector_id"])
    .where("borrower_id", "=", hold.borrower_id)
    .where("decision_id", "is", null)
    .where("direction", "=", "outbound")
    .where("target", "!=", "attorney")
    .where("at", ">=", hold.effective_from)
    .where("at", "<=", now);
  if (hold.account_id) {
    decisions = decisions.where("account_id", "=", hold.account_id);
    contacts = contacts.where("account_id", "=", hold.account_id);
  }
  const contacted: Contacted[] = [
    ...(await decisions.execute()).map((d) => ({
      decisionId: d.id,
      contactId: null,
      accountId: d.account_id,
      channel: d.channel,
      at: d.at,
      collectorId: d.requested_by,
    })),
    ...(await contacts.execute()).map((c) => ({
      decisionId: null,
      contactId: c.id,
      accountId: c.account_id,
      channel: c.channel,
      at: c.at,
      collectorId: c.collector_id,
    })),
  ];
  if (contacted.length === 0) return [];

  const holdRows = (
    await trx.selectFrom("holds").selectAll().where("borrower_id", "=", hold.borrower_id).execute()
  ).map((h) => ({
    kind: h.kind as HoldKind,
    state: h.state as HoldState,
    accountId: h.account_id,
    effectiveFrom: h.effective_from,
    recordedAt: h.recorded_at,
  }));
  const flagged = await trx
    .selectFrom("violations")
    .select(["decision_id", "contact_id"])
    .where("borrower_id", "=", hold.borrower_id)
    .where("source", "=", "protection")
    .where("kind", "=", hold.kind)
    .execute();
  const seen = new Set(flagged.flatMap((f) => [f.decision_id, f.contact_id]).filter((x) => x !== null));

  const violations: NewViolation[] = contacted
    .filter((c) => !seen.has(c.decisionId ?? c.contactId ?? ""))
    .filter((c) =>
      activeHolds(
        holdRows.filter((h) => h.accountId === null || h.accountId === c.accountId),
        c.at,
      ).some((h) => h.kind === hold.kind),
    )
    .map((c) => ({
      source: "protection",
      kind: hold.kind,
      rule: `contact-after-${hold.kind}`,
      severity: "high",
      collector_id: c.collectorId,
      account_id: c.accountId,
      borrower_id: hold.borrower_id,
      decision_id: c.decisionId,
      contact_id: c.contactId,
      hold_id: hold.id,
      channel: c.channel,
      contact_at: c.at,
      span_start: null,
      span_end: null,
    }));
  return recordViolations(trx, deps, actorId, now, violations);
}
