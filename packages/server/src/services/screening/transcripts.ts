import { createHash } from "node:crypto";
import { type Screened, screenMessage } from "@faircollect/domain/screening/index";
import type { PersonalDataCodec } from "../../privacy/personal-data-codec.js";
import type { Db, Row } from "../../store/database.js";
import { invalid } from "../app-error.js";
import { recordViolations } from "../violations/record-violations.js";
import { findingView } from "./describe-findings.js";
import type { LexiconSource } from "./lexicon-source.js";

/** The longest transcript the contract accepts; screened whole rather than half-read. */
const TRANSCRIPT_MAX_LENGTH = 200_000;

/** Screens a call transcript outside any transaction (pure CPU over up to 200,000 characters). */
export function screenTranscript(deps: { lexicon: LexiconSource }, transcript: string): Screened {
  const screened = screenMessage(transcript, deps.lexicon.current(), { maxLength: TRANSCRIPT_MAX_LENGTH });
  if (!screened.ok) throw invalid("transcript", screened.message);
  return screened;
}

/**
 * Inside the outcome's transaction: stores the transcript sealed, turns each finding into
 * a violation against the collector who asked for the contact, and puts a transcript with
 * findings in the QA queue.
 */
export async function recordTranscript(
  trx: Db,
  deps: { newId: () => string; codec: PersonalDataCodec },
  actorId: string,
  decision: Row<"contact_decisions">,
  transcript: string,
  screened: Screened,
  now: string,
): Promise<void> {
  const digest = createHash("sha256").update(transcript).digest("hex");
  const keys = await deps.codec.keysFor(trx, [decision.borrower_id]);
  await trx
    .insertInto("transcripts")
    .values({
      decision_id: decision.id,
      text_sealed: keys.seal(transcript, decision.borrower_id),
      digest,
      verdict: screened.verdict,
      recorded_at: now,
    })
    .execute();
  if (screened.findings.length === 0) return;
  await recordViolations(
    trx,
    deps,
    actorId,
    now,
    screened.findings.map((f) => ({
      source: "transcript",
      kind: f.category,
      rule: f.rule,
      severity: f.severity === "block" ? "high" : "medium",
      collector_id: decision.requested_by,
      account_id: decision.account_id,
      borrower_id: decision.borrower_id,
      decision_id: decision.id,
      contact_id: null,
      hold_id: null,
      channel: decision.channel,
      contact_at: decision.at,
      span_start: f.start,
      span_end: f.end,
    })),
  );
  await trx
    .insertInto("review_items")
    .values({
      id: deps.newId(),
      kind: "transcript",
      status: "pending",
      account_id: decision.account_id,
      borrower_id: decision.borrower_id,
      collector_id: decision.requested_by,
      decision_id: decision.id,
      channel: decision.channel,
      text_digest: digest,
      text_sealed: null,
      findings: JSON.stringify(screened.findings.map(findingView)),
      created_at: now,
      resolved_by: null,
      resolved_at: null,
      note_sealed: null,
      used_by_decision_id: null,
    })
    .execute();
}
