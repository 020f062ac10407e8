import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const env = { LOG_LEVEL: "warn" };
const scenario = (over: Record<string, unknown> = {}) => ({
  attemptAt: "2026-03-10T20:59:59-04:00",
  borrowerTimeZone: "America/New_York",
  channel: "call",
  target: "borrower",
  debtId: "debt-1",
  ...over,
});

describe("faircollect decide", () => {
  it("writes one decision per JSON line, deferring 21:00:00 New York time to 08:00 the next day", async () => {
    const input = [scenario(), scenario({ attemptAt: "2026-03-10T21:00:00-04:00" })]
      .map((s) => JSON.stringify(s))
      .join("\n");
    const res = await runCli(["decide", "--pack", "us-reg-f", "-"], env, input);
    expect(res.code).toBe(0);
    const [first, second] = res.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first.decision).toBe("allow");
    expect(second).toMatchObject({
      decision: "defer",
      nextAllowedAt: "2026-03-11T12:00:00Z",
      pack: { id: "us-reg-f" },
    });
    expect(second.reasons[0]).toMatchObject({ kind: "hours", citation: "US-REGF-HOURS" });
  });

  it("decides a 4th connected call in a Chinese day as deferred to the next morning", async () => {
    const calls = ["09:00", "10:00", "11:00"].map((t) => ({
      channel: "call",
      at: `2026-05-06T${t}:00+08:00`,
      outcome: "connected",
    }));
    const s = {
      attemptAt: "2026-05-06T15:00:00+08:00",
      borrowerTimeZone: "Asia/Shanghai",
      channel: "call",
      debtId: "d",
      history: calls,
    };
    const res = await runCli(["decide", "--pack", "cn", "-"], env, JSON.stringify(s));
    expect(JSON.parse(res.stdout)).toMatchObject({
      decision: "defer",
      nextAllowedAt: "2026-05-07T00:00:00Z",
    });
  });

  it("screens a message's text as the API does: a threat denies the text, with its category and span", async () => {
    const sms = (text: string) =>
      JSON.stringify({
        attemptAt: "2026-03-10T10:00:00+08:00",
        borrowerTimeZone: "Asia/Shanghai",
        channel: "sms",
        debtId: "d",
        message: { identifiesInstitution: true, text },
      });
    const threat = "再不还钱就爆你通讯录，让公安抓你去坐牢！";
    const input = [sms(threat), sms("【某银行】您本月应还款1,200元，请于3月15日前还款。")].join("\n");
    const res = await runCli(["decide", "--pack", "cn", "-"], env, input);
    expect(res.code).toBe(0);
    const [blocked, clean] = res.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(blocked.decision).toBe("deny");
    expect(blocked.reasons.map((r: { kind: string }) => r.kind)).toContain("content");
    expect(blocked.reasons.map((r: { citation: string }) => r.citation)).toContain("CN-CBA-REDLINES");
    expect(clean.decision).toBe("allow");
  });

  it("refuses a message text over the size limit, naming message.text", async () => {
    const res = await runCli(
      ["decide", "--pack", "us-reg-f", "-"],
      env,
      JSON.stringify(scenario({ channel: "letter", message: { text: "a".repeat(10_001) } })),
    );
    expect(res.code).toBe(1);
    expect(`${res.stdout}${res.stderr}`).toContain("message.text");
  });

  it("refuses a scenario with an unknown field, naming it, and exits non-zero", async () => {
    const res = await runCli(
      ["decide", "--pack", "us-reg-f", "-"],
      env,
      JSON.stringify(scenario({ urgency: "high" })),
    );
    expect(res.code).toBe(1);
    expect(`${res.stdout}${res.stderr}`).toContain("urgency");
  });

  it("refuses an unknown time zone, naming the field", async () => {
    const res = await runCli(
      ["decide", "--pack", "cn", "-"],
      env,
      JSON.stringify(scenario({ borrowerTimeZone: "Asia/Atlantis" })),
    );
    expect(res.code).toBe(1);
    expect(`${res.stdout}${res.stderr}`).toContain("borrowerTimeZone");
  });
});

describe("faircollect explain", () => {
  it("prints the decision and each reason as a readable table", async () => {
    const res = await runCli(
      ["explain", "--pack", "us-reg-f", "-"],
      env,
      JSON.stringify(scenario({ attemptAt: "2026-03-10T07:59:59-04:00" })),
    );
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/DEFER\s+\|\s+next allowed: 2026-03-10T12:00:00Z/);
    expect(res.stdout).toContain("US-REGF-HOURS");
  });
});
