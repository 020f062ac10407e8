import { defaultLexicon, screenMessage } from "@faircollect/domain/screening/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test-support/test-app.js";
import { storedLexicon } from "./lexicon-source.js";
import { addLexiconTerms } from "./lexicon-terms.js";

describe("the stored lexicon cache", () => {
  let t: TestApp;
  const supervisorId = "00000000-0000-4000-8000-000000000001";
  beforeAll(async () => {
    t = await buildTestApp();
    await t.deps.store.db
      .insertInto("users")
      .values({
        id: supervisorId,
        username: "lexicon-supervisor",
        password_hash: "x",
        role: "supervisor",
        display_name: "Lexicon Supervisor",
        agency_id: null,
        borrower_id: null,
        certified_until: null,
        disabled: 0,
        created_at: new Date().toISOString(),
      })
      .execute();
  });
  afterAll(async () => t?.drop());

  it("picks up terms another process added at its next version check, without compiling on the caller's path", async () => {
    let clock = 0;
    const other = await storedLexicon(t.deps.store.db, defaultLexicon, {
      checkEveryMs: 1_000,
      nowMs: () => clock,
    });
    const verdict = () =>
      (screenMessage("your vrelmquist statement is ready", other.current()) as { verdict: string }).verdict;
    expect(verdict()).toBe("allow");

    await addLexiconTerms(
      t.deps,
      { userId: supervisorId, role: "supervisor", agencyId: null, borrowerId: null },
      { category: "insult", severity: "block", terms: ["vrelmquist"] },
    );
    expect(
      (screenMessage("your vrelmquist statement is ready", t.deps.lexicon.current()) as { verdict: string })
        .verdict,
    ).toBe("block");
    expect(verdict()).toBe("allow");

    clock = 1_000;
    const stale = other.current();
    expect(stale.version).toBe(defaultLexicon.version);
    const fresh = await other.refresh();
    expect(fresh.version).toBe(`${defaultLexicon.version}+s1`);
    expect(verdict()).toBe("block");
    expect(await other.refresh()).toBe(fresh);
  });
});
