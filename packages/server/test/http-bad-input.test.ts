import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

const good = {
  ref: "NEW-1",
  name: "Jane Roe",
  phones: ["+12125550123"],
  timeZone: "America/New_York",
  locale: "en-US",
  jurisdiction: "US",
};

describe("bad input", () => {
  let t: TestApp;
  let cookie: string;
  const counts = async () => {
    const db = t.deps.store.db;
    const n = async (table: "borrowers" | "ledger_entries" | "accounts") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select(({ fn }) => fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      borrowers: await n("borrowers"),
      accounts: await n("accounts"),
      ledger: await n("ledger_entries"),
    };
  };
  const post = (url: string, payload: unknown) =>
    t.app.inject({
      method: "POST",
      url,
      headers: { cookie, "content-type": "application/json" },
      payload: typeof payload === "string" ? payload : JSON.stringify(payload),
    });

  beforeAll(async () => {
    t = await buildDemoApp();
    cookie = await loginAs(t.app, "supervisor");
  });
  afterAll(async () => t?.drop());

  const cases: [string, unknown, string][] = [
    ["an unknown field", { ...good, nickname: "JR" }, "body.nickname"],
    ["a wrong type", { ...good, phones: "+12125550123" }, "body.phones"],
    ["an unknown time zone", { ...good, timeZone: "Mars/Olympus_Mons" }, "body.timeZone"],
    ["a fixed offset instead of a zone", { ...good, timeZone: "+08:00" }, "body.timeZone"],
    ["an invalid phone number", { ...good, phones: ["+1212555"] }, "body.phones.0"],
    ["an invalid China mobile", { ...good, phones: ["+8620123456789"] }, "body.phones.0"],
    ["a missing field", { ...good, name: undefined }, "body.name"],
  ];
  for (const [what, body, path] of cases) {
    it(`answers 400 naming ${path} for ${what} and writes nothing`, async () => {
      const before = await counts();
      const res = await post("/v1/borrowers", body);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const problem = res.json();
      expect(problem.code).toBe("VALIDATION_FAILED");
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await counts()).toEqual(before);
    });
  }

  it("answers 400 for malformed JSON without echoing the body", async () => {
    const res = await post("/v1/borrowers", '{"name": "王秘密", ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "MALFORMED_REQUEST", errors: [{ path: "body" }] });
    expect(res.body).not.toContain("王秘密");
  });

  it("answers 400 naming body.dueDate for an invalid date", async () => {
    const res = await post("/v1/accounts", {
      ref: "X-1",
      borrowerId: randomUUID(),
      product: "p",
      principalMinor: 1,
      outstandingMinor: 1,
      currency: "USD",
      dueDate: "2026-02-30",
      daysPastDue: 1,
      status: "delinquent",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain("body.dueDate");
  });

  it("answers 400 naming params.id for an id that is not a UUID", async () => {
    const res = await t.app.inject({ url: "/v1/borrowers/42", headers: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("params.id");
  });

  it("answers 404 for an unknown id", async () => {
    const res = await t.app.inject({ url: `/v1/accounts/${randomUUID()}`, headers: { cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("NOT_FOUND");
  });

  it("answers 400 naming body.borrowerId for an account of an unknown borrower and writes nothing", async () => {
    const before = await counts();
    const res = await post("/v1/accounts", {
      ref: "X-2",
      borrowerId: randomUUID(),
      product: "p",
      principalMinor: 1,
      outstandingMinor: 1,
      currency: "USD",
      dueDate: "2026-02-27",
      daysPastDue: 1,
      status: "delinquent",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("borrowerId");
    expect(await counts()).toEqual(before);
  });

  it("never puts a personal value into an error message", async () => {
    const res = await post("/v1/borrowers", { ...good, phones: ["+1555"], email: "not-an-email-jane@" });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain("+1555");
    expect(res.body).not.toContain("jane@");
  });
});
