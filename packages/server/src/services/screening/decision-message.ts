import { createHash } from "node:crypto";
import type { ContactDecisionBody } from "@faircollect/contract";
import type { ContactDecision } from "@faircollect/domain/policy/decision";
import { DEFAULT_MAX_LENGTH, fillTemplate, type Screened } from "@faircollect/domain/screening/index";
import type { Db, Row } from "../../store/database.js";
import { invalid } from "../app-error.js";
import { recordViolations } from "../violations/record-violations.js";
import { findingView } from "./describe-findings.js";
import type { ScreeningDeps } from "./lexicon-source.js";
import { getTemplateForUse } from "./message-templates.js";

/** The message a decision carries once its template is filled, and the screen that decides it. */
export type DecisionMessage = {
  text: string;
  /** Hex SHA-256 of the text, the form `contact_decisions.message_digest` stores. */
  digest: string;
  screened: Screened;
  /** The approved review item whose approval waived this text's review findings. */
  waived?: string;
};

const CLEAN: Screened = { ok: true, verdict: "allow", findings: [] };

/**
 * Inside the decision's transaction: fills the template (the fixed text passed at
 * approval, so only the variables are screened) or takes the free text already
 * screened, then applies a supervisor's approval of this very text, if given.
 */
export async function resolveDecisionMessage(
  trx: Db,
  deps: ScreeningDeps,
  accountId: string,
  input: ContactDecisionBody,
  screened: Screened | undefined,
): Promise<DecisionMessage | undefined> {
  const message = input.message;
  let text: string;
  let result: Screened;
  if (message?.templateId !== undefined) {
    ({ text, result } = await fillForDecision(
      trx,
      deps,
      input.channel,
      message.templateId,
      message.variables,
    ));
  } else if (message?.text !== undefined && screened) {
    text = message.text;
    result = screened;
  } else {
    return undefined;
  }
  const digest = createHash("sha256").update(text).digest("hex");
  if (message.reviewItemId === undefined) return { text, digest, screened: result };
  const item = await trx
    .selectFrom("review_items")
    .selectAll()
    .where("id", "=", message.reviewItemId)
    .where("kind", "=", "message")
    .executeTakeFirst();
  if (!item || item.account_id !== accountId)
    throw invalid("message.reviewItemId", "not a review of a message to this account");
  if (item.status !== "approved") throw invalid("message.reviewItemId", `is ${item.status}, not approved`);
  if (item.used_by_decision_id !== null) throw invalid("message.reviewItemId", "was already used");
  if (item.text_digest !== digest) throw invalid("message.reviewItemId", "approved a different text");
  // INVARIANT: an approval waives review findings only; a blocked message stays blocked.
  if (result.verdict !== "review") return { text, digest, screened: result };
  return { text, digest, screened: CLEAN, waived: item.id };
}

async function fillForDecision(
  trx: Db,
  deps: ScreeningDeps,
  channel: string,
  templateId: string,
  variables: Readonly<Record<string, string>> = {},
): Promise<{ text: string; result: Screened }> {
  const template = await getTemplateForUse(trx, templateId);
  if (template.channel !== channel)
    throw invalid("message.templateId", `is a template for \`${template.channel}\`, not \`${channel}\``);
  const slots = JSON.parse(template.slots) as string[];
  const stray = Object.keys(variables).find((name) => !slots.includes(name));
  if (stray !== undefined) throw invalid(`message.variables.${stray}`, "not a slot of the template");
  const filled = fillTemplate(template.text, variables, deps.lexicon.current());
  if (!filled.ok) {
    throw invalid(
      filled.code === "MISSING_SLOT" ? `message.variables.${filled.slot}` : "message.variables",
      filled.message,
    );
  }
  if (filled.text.length > DEFAULT_MAX_LENGTH)
    throw invalid("message.variables", `the filled message is longer than ${DEFAULT_MAX_LENGTH} characters`);
  return { text: filled.text, result: { ok: true, verdict: filled.verdict, findings: filled.findings } };
}

/**
 * After the decision row: a message deferred for review joins the QA queue (text sealed);
 * a blocked message is a `content` violation against the collector who wrote it; a used
 * approval is spent once the contact is allowed. Returns the new review item's id.
 */
export async function recordMessageScreen(
  trx: Db,
  deps: ScreeningDeps,
  decisionRow: Pick<
    Row<"contact_decisions">,
    "id" | "account_id" | "borrower_id" | "requested_by" | "channel" | "at"
  >,
  decision: ContactDecision,
  message: DecisionMessage | undefined,
  now: string,
): Promise<string | undefined> {
  if (!message) return undefined;
  if (message.waived !== undefined && decision.decision === "allow") {
    await trx
      .updateTable("review_items")
      .set({ used_by_decision_id: decisionRow.id })
      .where("id", "=", message.waived)
      .execute();
  }
  const { verdict, findings } = message.screened;
  if (verdict === "block") {
    await recordViolations(
      trx,
      deps,
      decisionRow.requested_by,
      now,
      findings
        .filter((f) => f.severity === "block")
        .map((f) => ({
          source: "content",
          kind: f.category,
          rule: f.rule,
          severity: "medium",
          collector_id: decisionRow.requested_by,
          account_id: decisionRow.account_id,
          borrower_id: decisionRow.borrower_id,
          decision_id: decisionRow.id,
          contact_id: null,
          hold_id: null,
          channel: decisionRow.channel,
          contact_at: decisionRow.at,
          span_start: f.start,
          span_end: f.end,
        })),
    );
    return undefined;
  }
  if (verdict !== "review" || decision.decision !== "defer") return undefined;
  const id = deps.newId();
  const keys = await deps.codec.keysFor(trx, [decisionRow.borrower_id]);
  await trx
    .insertInto("review_items")
    .values({
      id,
      kind: "message",
      status: "pending",
      account_id: decisionRow.account_id,
      borrower_id: decisionRow.borrower_id,
      collector_id: decisionRow.requested_by,
      decision_id: decisionRow.id,
      channel: decisionRow.channel,
      text_digest: message.digest,
      text_sealed: keys.seal(message.text, decisionRow.borrower_id),
      findings: JSON.stringify(findings.map(findingView)),
      created_at: now,
      resolved_by: null,
      resolved_at: null,
      note_sealed: null,
      used_by_decision_id: null,
    })
    .execute();
  return id;
}
