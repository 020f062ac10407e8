import { describe, expect, it } from "vitest";
import { compileLexicon } from "./compile-lexicon.js";
import { sentenceFrames } from "./described-conduct.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { screenMessage } from "./screen-message.js";

const lexicon = compileLexicon(defaultLexicon);
/** Whether the sentence holding original index `at` frames its act as someone else's conduct. */
const describesConduct = (text: string, at: number) => sentenceFrames(text).framed(at);
const verdict = (text: string) => {
  const result = screenMessage(text, lexicon);
  return result.ok ? result.verdict : "refused";
};

describe("describesConduct", () => {
  it("reads prohibitions, arrests, scam warnings, advice to report and remedies as frames", () => {
    expect(describesConduct("The code forbids agents from contacting your relatives.", 20)).toBe(true);
    expect(describesConduct("Apps in this country are prohibited from shaming you.", 10)).toBe(true);
    expect(describesConduct("Police have arrested two men accused of threats.", 5)).toBe(true);
    expect(describesConduct("恶意透支须经两次催收后超过三个月仍不归还，才可能构成信用卡诈骗罪。", 10)).toBe(
      true,
    );
    expect(describesConduct("你这已经构成信用卡诈骗罪了。", 5)).toBe(false);
    expect(describesConduct("The police will never text you about a loan.", 5)).toBe(true);
    expect(describesConduct("A fake 'Wall of Shame' page is using our logo.", 10)).toBe(true);
    expect(describesConduct("据报道，警方破获一起暴力催收案。", 5)).toBe(true);
    expect(describesConduct("遇到有人爆通讯录，请保存证据。", 5)).toBe(true);
    expect(describesConduct("我司已终止与该机构的合作。", 5)).toBe(true);
  });

  it("does not read the reader's own ban or a frame in another sentence", () => {
    expect(describesConduct("Your children will be barred from enrolling at school.", 5)).toBe(false);
    expect(describesConduct("You are banned from travelling until you pay.", 5)).toBe(false);
    expect(describesConduct("The court has charged you with fraud.", 5)).toBe(false);
    expect(describesConduct("We post your photo today. Police have arrested others.", 5)).toBe(false);
  });
});

describe("screenMessage with described conduct", () => {
  it("sends text about abusive collection to review, in both languages", () => {
    expect(
      verdict(
        "Our regulator forbids recovery agents from contacting your relatives and friends to shame you.",
      ),
    ).toBe("review");
    expect(
      verdict(
        "Police in Mombasa have arrested four people accused of sending borrowers' contacts messages calling them thieves.",
      ),
    ).toBe("review");
    expect(verdict("某市警方近日破获一起案件，该团伙通过爆通讯录、P图侮辱等方式逼债。")).toBe("review");
    expect(verdict("遇到有人在群里发布您的身份证照片，请保存截图证据，投诉或报警处理。")).toBe("review");
  });

  it("still blocks the sender doing it, even beside such a frame", () => {
    expect(verdict("We have arrested nobody yet, but we will contact your relatives and shame you.")).toBe(
      "block",
    );
    expect(verdict("Your children will be barred from enrolling at school until this is cleared.")).toBe(
      "block",
    );
  });
});

describe("described conduct and victims' narratives (1.17)", () => {
  it("reads narrated third-party conduct, allegations, the news and warnings not to believe as frames", () => {
    expect(describesConduct("That agent called him a deadbeat on the phone.", 10)).toBe(true);
    expect(describesConduct("Your collectors have repeatedly threatened my client with arrest.", 10)).toBe(
      true,
    );
    expect(
      describesConduct("According to the complaint, staff falsely told people they'd be jailed.", 10),
    ).toBe(true);
    expect(describesConduct("Did you see the news, the lender kena arrested.", 10)).toBe(true);
    expect(describesConduct("上门骚扰本身就是违法的，别怕。", 3)).toBe(true);
    expect(describesConduct("刚看新闻，那家催收公司被端了。", 3)).toBe(true);
    expect(describesConduct("请不要相信任何人说您已被起诉。", 3)).toBe(true);
    expect(describesConduct("你的房子下周就会被查封拍卖。", 3)).toBe(false);
  });

  it("sends a borrower's account of what a collector did to them to review, not block", () => {
    expect(
      verdict(
        "ugh the collector literally told my boss i owe money and said i'd get arrested, is that legal",
      ),
    ).not.toBe("block");
    expect(verdict("那个催收员天天打电话还骂我说我是老赖，我该怎么办")).not.toBe("block");
    expect(verdict("You told me you'd pay today. Now you'll get arrested.")).toBe("block");
  });
});

describe("described conduct (1.21)", () => {
  it("reads insiders talking to the press, staff coached to a tactic and a collector sentenced as frames", () => {
    expect(describesConduct("Former employees told reporters they were coached to hint at arrest.", 10)).toBe(
      true,
    );
    expect(describesConduct("Agents were trained to call borrowers deadbeats.", 10)).toBe(true);
    expect(
      describesConduct("Court report: a former collector was sentenced for impersonating a deputy.", 20),
    ).toBe(true);
    expect(describesConduct("You will be sentenced for fraud unless you pay.", 5)).toBe(false);
    expect(describesConduct("You have been charged with fraud.", 5)).toBe(false);
  });

  it("sends a borrower's complaint about the lender's own staff to review, not block", () => {
    expect(verdict("我借的钱会还，但你们的人半夜发消息骂我老赖，这合法吗？")).toBe("review");
    expect(verdict("你就是个老赖，你们全家都是老赖。")).toBe("block");
  });
});

describe("described conduct (1.22)", () => {
  it("reads the police arresting a number of people and texts named as scams as frames", () => {
    expect(
      describesConduct(
        "Police in Selangor arrested five men linked to a syndicate that splashed red paint on homes.",
        40,
      ),
    ).toBe(true);
    expect(
      describesConduct('Beware: texts saying "your case has been forwarded to the police" are scams.', 30),
    ).toBe(true);
    expect(describesConduct("Police arrested your brother yesterday. You're next.", 10)).toBe(false);
    expect(describesConduct("These texts are real: you will be arrested tomorrow.", 10)).toBe(false);
  });
});
