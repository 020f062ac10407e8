import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "faircollect-screen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verdicts = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map(
      (line) =>
        JSON.parse(line) as {
          id?: string;
          verdict?: string;
          findings?: { category: string }[];
          error?: string;
        },
    );

describe("faircollect screen", () => {
  it("writes one verdict per plain-text line from standard input, skipping blank lines", async () => {
    const res = await runCli(
      ["screen"],
      {},
      "Your payment of $120.00 is due on Friday. Reply STOP to opt out.\n\nPay now or we will break your legs.\nFinal notice before we refer your account to a collection agency.\n",
    );
    expect(res.code).toBe(0);
    const out = verdicts(res.stdout);
    expect(out.map((v) => v.verdict)).toEqual(["allow", "block", "review"]);
    expect(out[1]!.findings![0]!.category).toBe("threat");
  });

  it("keeps the ids of JSON Lines input from a file and screens Chinese as well as English", async () => {
    const file = join(dir, "messages.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "m1", text: "您好，您的账单已逾期，请及时还款。" }),
        JSON.stringify({ id: "m2", text: "再不还钱就把你的事曝光到你的通讯录" }),
        JSON.stringify({ id: 3, text: "you worthless idiot" }),
      ].join("\n"),
    );
    const res = await runCli(["screen", file], {});
    expect(res.code).toBe(0);
    const out = verdicts(res.stdout);
    expect(out.map((v) => [v.id, v.verdict])).toEqual([
      ["m1", "allow"],
      ["m2", "block"],
      ["3", "block"],
    ]);
  });

  it("answers a message over the length limit with an error line instead of a verdict", async () => {
    const res = await runCli(
      ["screen", "--max-length", "10"],
      {},
      `${JSON.stringify({ id: "long", text: "a".repeat(11) })}\n`,
    );
    expect(res.code).toBe(0);
    expect(verdicts(res.stdout)).toMatchObject([{ id: "long", error: "TEXT_TOO_LONG" }]);
  });
});
