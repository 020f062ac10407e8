import { createHash } from "node:crypto";
import type { CreateTemplateBody, MessageTemplateView, templatesQuery } from "@faircollect/contract";
import type { Channel } from "@faircollect/domain/records/vocabulary";
import { approveTemplate } from "@faircollect/domain/screening/index";
import type { z } from "zod";
import { appendEntries } from "../../ledger/append-entries.js";
import type { Row } from "../../store/database.js";
import type { Actor } from "../actor.js";
import { AppError, invalid } from "../app-error.js";
import { describeFindings, findingView } from "./describe-findings.js";
import type { ScreeningDeps } from "./lexicon-source.js";

function templateView(row: Row<"message_templates">): MessageTemplateView {
  return {
    id: row.id,
    name: row.name,
    version: Number(row.version),
    channel: row.channel as Channel,
    locale: row.locale,
    text: row.text,
    slots: JSON.parse(row.slots) as string[],
    digest: row.digest,
    verdict: row.verdict as "allow" | "review",
    findings: JSON.parse(row.findings) as MessageTemplateView["findings"],
    lexiconVersion: row.lexicon_version,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    ledgerIndex: Number(row.ledger_index),
  };
}

// Two approvals of one name racing on PostgreSQL meet at the (name, version) key.
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/**
 * Approves a template: its fixed text is screened once, here, against the newest lexicon.
 * Blocked text is refused naming category and span; text for review is refused unless the
 * supervisor acknowledges the findings, since approving it is that review. Each approval of
 * a name is a new immutable version, recorded as `template.approved`.
 */
export async function approveMessageTemplate(
  deps: ScreeningDeps,
  actor: Actor,
  input: CreateTemplateBody,
): Promise<MessageTemplateView> {
  const lexicon = await deps.lexicon.refresh();
  const approval = approveTemplate(input.text, lexicon);
  if (!approval.ok) throw invalid("text", approval.message);
  const blocking = approval.findings.filter((f) => f.severity === "block");
  if (blocking.length > 0) throw invalid("text", `blocked: ${describeFindings(blocking)}`);
  if (approval.verdict === "review" && !input.acknowledgeFindings) {
    throw invalid(
      "text",
      `needs review: ${describeFindings(approval.findings)}; approve it anyway with acknowledgeFindings: true`,
    );
  }
  const now = deps.clock().toISOString();
  const digest = `sha256:${createHash("sha256").update(input.text).digest("hex")}`;
  const findings = approval.findings.map((f) => ({ ...findingView(f), match: f.match }));
  try {
    return await deps.store.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom("message_templates")
        .select(({ fn }) => fn.max("version").as("version"))
        .where("name", "=", input.name)
        .executeTakeFirst();
      const id = deps.newId();
      const version = Number(last?.version ?? 0) + 1;
      const [ledgerIndex] = await appendEntries(trx, [
        { type: "template.approved", v: 1, at: now, actor: actor.userId, templateId: id, version, digest },
      ]);
      const row: Row<"message_templates"> = {
        id,
        name: input.name,
        version,
        channel: input.channel,
        locale: input.locale,
        text: input.text,
        slots: JSON.stringify(approval.slots),
        digest,
        verdict: approval.verdict,
        findings: JSON.stringify(findings),
        lexicon_version: lexicon.version,
        approved_by: actor.userId,
        approved_at: now,
        ledger_index: ledgerIndex!,
      };
      await trx.insertInto("message_templates").values(row).execute();
      return templateView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `another version of \`${input.name}\` was approved at the same time`);
    throw error;
  }
}

/** Approved templates, newest version of each name first. */
export async function listTemplates(
  deps: ScreeningDeps,
  query: z.infer<typeof templatesQuery>,
): Promise<MessageTemplateView[]> {
  let q = deps.store.db.selectFrom("message_templates").selectAll();
  if (query.channel) q = q.where("channel", "=", query.channel);
  if (query.name) q = q.where("name", "=", query.name);
  const rows = await q.orderBy("name").orderBy("version", "desc").execute();
  return rows.map(templateView);
}

/** One approved template version; a decision naming another is a bad request, not a missing page. */
export async function getTemplateForUse(
  db: ScreeningDeps["store"]["db"],
  templateId: string,
): Promise<Row<"message_templates">> {
  const row = await db
    .selectFrom("message_templates")
    .selectAll()
    .where("id", "=", templateId)
    .executeTakeFirst();
  if (!row) throw invalid("message.templateId", "not an approved template");
  return row;
}
