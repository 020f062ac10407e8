import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { dialects } from "../src/test-support/test-database.js";
import { freshUsAccount, usNoonTomorrow } from "./decisions-fixture.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

const reminder = "Hello {{name}}, your payment of {{amount}} is due on {{date}}. Reply STOP to opt out.";

describe.each(dialects)("message screening at the edges on %s", (dialect) => {
  let t: TestApp;
  let supervisor: string;
  let auditor: string;
  beforeAll(async () => {
    t = await buildDemoApp(dialect);
    supervisor = await loginAs(t.app, "supervisor");
    auditor = await loginAs(t.app, "auditor");
  });
  afterAll(async () => t?.drop());

  const send = (method: "GET" | "POST", url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const smsDecision = (accountId: string, message: object) => ({
    accountId,
    channel: "sms",
    target: { kind: "borrower" },
    at: usNoonTomorrow(),
    message: { hasOptOutNotice: true, ...message },
  });
  const approve = async (name: string, text: string, extra: object = {}) => {
    const res = await send("POST", "/v1/templates", supervisor, {
      name,
      text,
      channel: "sms",
      locale: "en-US",
      ...extra,
    });
    return res;
  };
  const ledgerTypes = async () =>
    await t.deps.store.db.selectFrom("ledger_entries").select(["type", "body"]).execute();

  it("allows an approved template filled with clean variables and records its approval in the ledger", async () => {
    const approved = await approve("payment-reminder", reminder);
    expect(approved.statusCode).toBe(201);
    const template = approved.json();
    expect(template).toMatchObject({ version: 1, verdict: "allow", slots: ["name", "amount", "date"] });
    expect(template.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const entries = await ledgerTypes();
    expect(entries.some((e) => e.type === "template.approved" && e.body.includes(template.id))).toBe(true);

    const { accountId, collector } = await freshUsAccount(t.app, "TPL-1");
    const res = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, {
        templateId: template.id,
        variables: { name: "Pat", amount: "$120.00", date: "Friday" },
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().decision).toBe("allow");
    const listed = (await send("GET", "/v1/templates?name=payment-reminder", collector)).json();
    expect(listed.map((x: { id: string }) => x.id)).toEqual([template.id]);
  });

  it("denies a template whose variable carries a threat, with a content reason naming the span in the filled text", async () => {
    const template = (await approve("payment-reminder", reminder)).json();
    expect(template.version).toBe(2);
    const { accountId, collector } = await freshUsAccount(t.app, "TPL-2");
    const res = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, {
        templateId: template.id,
        variables: { name: "Pat, we will break your legs", amount: "$120.00", date: "Friday" },
      }),
    );
    const body = res.json();
    expect(body.decision).toBe("deny");
    const content = body.reasons.filter((r: { kind: string }) => r.kind === "content");
    const start = "Hello Pat, ".length;
    expect(content[0].message.en).toContain(
      `characters ${start}–${start + "we will break your legs".length}`,
    );
    const violations = (await send("GET", `/v1/violations?accountId=${accountId}`, supervisor)).json();
    expect(violations).toMatchObject([
      { source: "content", kind: "threat", contact: { decisionId: body.id } },
    ]);
  });

  it("refuses to approve a template whose fixed text is blocked, naming the category and span", async () => {
    const res = await approve("rude", "Pay {{amount}} now, you worthless idiot.");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("text");
    expect(res.json().detail).toContain("insult `worthless` at characters 24–33");
    const stored = await t.deps.store.db
      .selectFrom("message_templates")
      .select("id")
      .where("name", "=", "rude")
      .execute();
    expect(stored).toEqual([]);
  });

  it("approves fixed text with review findings only when the supervisor acknowledges them", async () => {
    const stern = "Final notice: pay {{amount}} or we may ask the court for a summons.";
    const refused = await approve("stern", stern);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain("acknowledgeFindings");
    const approved = await approve("stern", stern, {
      acknowledgeFindings: true,
    });
    expect(approved.json()).toMatchObject({
      verdict: "review",
      findings: [{ category: "false_legal_claim" }],
    });
  });

  it("refuses a template with a missing variable, naming the slot, and records nothing", async () => {
    const template = (await approve("payment-reminder", reminder)).json();
    const { accountId, collector } = await freshUsAccount(t.app, "TPL-3");
    const missing = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, { templateId: template.id, variables: { name: "Pat", amount: "$1" } }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe("message.variables.date");
    const both = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, { text: "hi", templateId: template.id }),
    );
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe("body.message.templateId");
    const stored = await t.deps.store.db
      .selectFrom("contact_decisions")
      .select("id")
      .where("account_id", "=", accountId)
      .execute();
    expect(stored).toEqual([]);
  });

  it("blocks the next message carrying a term a supervisor just added, and records the new lexicon version", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "LEX-1");
    const text = "Your qzxplorf statement is ready.";
    const before = await send("POST", "/v1/contact-decisions", collector, smsDecision(accountId, { text }));
    expect(before.json().decision).toBe("allow");
    const added = await send("POST", "/v1/lexicon/terms", supervisor, {
      category: "insult",
      terms: ["qzxplorf"],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ version: 1, terms: [{ term: "qzxplorf", category: "insult" }] });
    expect(added.json().name).toMatch(/^\d+\.\d+\.\d+\+s1$/);
    const after = await send("POST", "/v1/contact-decisions", collector, smsDecision(accountId, { text }));
    expect(after.json().decision).toBe("deny");
    expect(after.json().reasons.some((r: { rule: string }) => r.rule === "screen-insult")).toBe(true);
    const lexicon = (await send("GET", "/v1/lexicon", auditor)).json();
    expect(lexicon).toMatchObject({ version: 1, terms: [{ term: "qzxplorf" }] });
    expect((await ledgerTypes()).filter((e) => e.type === "lexicon.changed")).toHaveLength(1);
    const empty = await send("POST", "/v1/lexicon/terms", supervisor, { category: "insult", terms: ["🙂"] });
    expect(empty.json().errors[0].path).toBe("terms.0");
  });

  it("queues a message for review, and once approved lets the collector send that text once", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "REV-1");
    const text = "Please pay the balance now or else.";
    const deferred = (
      await send("POST", "/v1/contact-decisions", collector, smsDecision(accountId, { text }))
    ).json();
    expect(deferred).toMatchObject({ decision: "defer", nextAllowedAt: null });
    expect(deferred.reviewItemId).toBeDefined();

    const queue = (await send("GET", "/v1/qa/items?kind=message&status=pending", supervisor)).json();
    const item = queue.find((i: { id: string }) => i.id === deferred.reviewItemId);
    expect(item).toMatchObject({
      decisionId: deferred.id,
      text,
      findings: [{ category: "threat", start: 27, end: 34 }],
    });
    const audited = (await send("GET", "/v1/qa/items?kind=message", auditor)).json();
    expect(audited.find((i: { id: string }) => i.id === item.id).text).toBeNull();
    const stored = await t.deps.store.db
      .selectFrom("review_items")
      .select("text_sealed")
      .where("id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(stored.text_sealed).not.toContain("or else");

    const early = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, { text, reviewItemId: item.id }),
    );
    expect(early.statusCode).toBe(400);
    const resolved = await send("POST", `/v1/qa/items/${item.id}/resolve`, supervisor, {
      resolution: "approve",
      note: "firm but lawful",
    });
    expect(resolved.json()).toMatchObject({ status: "approved", resolution: { note: "firm but lawful" } });
    const entry = await t.deps.store.db
      .selectFrom("ledger_entries")
      .select("body")
      .where("type", "=", "review.resolved")
      .orderBy("idx", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.body)).toMatchObject({ itemId: item.id, resolution: "approve" });
    expect(entry.body).not.toContain("firm but lawful");
    const again = await send("POST", `/v1/qa/items/${item.id}/resolve`, supervisor, { resolution: "reject" });
    expect(again.statusCode).toBe(409);

    const other = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, { text: `${text} Final warning.`, reviewItemId: item.id }),
    );
    expect(other.json().errors[0]).toMatchObject({
      path: "message.reviewItemId",
      message: "approved a different text",
    });
    const sent = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, { text, reviewItemId: item.id }),
    );
    expect(sent.json().decision).toBe("allow");
    const reused = await send(
      "POST",
      "/v1/contact-decisions",
      collector,
      smsDecision(accountId, { text, reviewItemId: item.id }),
    );
    expect(reused.json().errors[0].message).toBe("was already used");
  });

  it("turns a threat in a call transcript into a violation against the collector, listed with the contact", async () => {
    const { accountId, collector } = await freshUsAccount(t.app, "TRN-1");
    const users = (await send("GET", "/v1/users?role=collector", supervisor)).json() as {
      id: string;
      username: string;
    }[];
    const collectorId = users.find((u) => u.username === "collector")!.id;
    const call = (
      await send("POST", "/v1/contact-decisions", collector, {
        accountId,
        channel: "call",
        target: { kind: "borrower" },
        at: usNoonTomorrow(),
      })
    ).json();
    const transcript = "Agent: pay up or we will hurt your family. Borrower: please stop calling.";
    const outcome = await send("POST", `/v1/contact-decisions/${call.id}/outcome`, collector, {
      outcome: "conversation",
      at: new Date().toISOString(),
      durationSeconds: 120,
      transcript,
    });
    expect(outcome.statusCode).toBe(201);

    const violations = (
      await send("GET", `/v1/violations?collectorId=${collectorId}&source=transcript`, auditor)
    ).json();
    const mine = violations.filter((v: { accountId: string }) => v.accountId === accountId);
    expect(mine).toMatchObject([
      {
        kind: "threat",
        severity: "high",
        collectorId,
        contact: { decisionId: call.id, channel: "call", at: call.at, collectorId },
        span: { start: 25, end: 41 },
      },
    ]);
    const queue = (await send("GET", "/v1/qa/items?kind=transcript", supervisor)).json();
    expect(queue.find((i: { decisionId: string }) => i.decisionId === call.id)).toMatchObject({
      text: transcript,
      status: "pending",
    });
    const sealed = await t.deps.store.db
      .selectFrom("transcripts")
      .select("text_sealed")
      .where("decision_id", "=", call.id)
      .executeTakeFirstOrThrow();
    expect(sealed.text_sealed).not.toContain("hurt");
    const entries = await ledgerTypes();
    const recorded = entries.filter((e) => e.type === "violation.recorded" && e.body.includes(mine[0].id));
    expect(recorded).toHaveLength(1);
    expect(entries.some((e) => e.body.includes("hurt your family"))).toBe(false);
  });

  it("lists contacts made since a cease's effectiveFrom two days ago as violations when the cease is recorded", async () => {
    const { accountId, borrowerId, collector } = await freshUsAccount(t.app, "CEASE-1");
    const letter = (
      await send("POST", "/v1/contact-decisions", collector, {
        accountId,
        channel: "letter",
        target: { kind: "borrower" },
      })
    ).json();
    expect(letter.decision).toBe("allow");
    const now = Date.now();
    const imported = (id: string, daysAgo: number) => ({
      id,
      account_id: accountId,
      borrower_id: borrowerId,
      channel: "call",
      at: new Date(now - daysAgo * 86_400_000).toISOString(),
      outcome: "conversation",
      number_index: null,
      actor: "lender",
      target: "borrower",
      third_party_id: null,
      purpose: "collection",
      direction: "outbound",
      collector_id: null,
      decision_id: null,
    });
    await t.deps.store.db
      .insertInto("contacts")
      .values([imported(crypto.randomUUID(), 1), imported(crypto.randomUUID(), 3)])
      .execute();

    const hold = await send("POST", `/v1/borrowers/${borrowerId}/holds`, supervisor, {
      kind: "cease",
      effectiveFrom: new Date(now - 2 * 86_400_000).toISOString(),
      inWriting: true,
    });
    expect(hold.statusCode).toBe(201);
    const listed = (await send("GET", `/v1/violations?accountId=${accountId}&kind=cease`, supervisor)).json();
    expect(listed).toHaveLength(2);
    expect(listed.map((v: { contact: { decisionId: string | null } }) => v.contact.decisionId)).toContain(
      letter.id,
    );
    expect(
      listed.every(
        (v: { source: string; holdId: string }) => v.source === "protection" && v.holdId === hold.json().id,
      ),
    ).toBe(true);
    const since = new Date(now - 2 * 86_400_000).toISOString();
    expect(listed.every((v: { contact: { at: string } }) => v.contact.at >= since)).toBe(true);

    const repeated = await send("POST", `/v1/borrowers/${borrowerId}/holds`, supervisor, {
      kind: "cease",
      effectiveFrom: new Date(now - 2 * 86_400_000).toISOString(),
    });
    expect(repeated.statusCode).toBe(201);
    expect((await send("GET", `/v1/violations?accountId=${accountId}`, supervisor)).json()).toHaveLength(2);
  });
});
