import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsSentenceBetween, sentenceEnd, sentenceStart, splitSentences } from "./sentence-bounds.js";

describe("sentenceStart", () => {
  it("finds the start of the sentence holding an index", () => {
    const text = "Hello. Debt collectors may not call. Bye";
    expect(sentenceStart(text, text.indexOf("may"))).toBe(text.indexOf("Debt"));
    expect(sentenceStart(text, 2)).toBe(0);
    const zh = "您好。催收人员不得上门！";
    expect(sentenceStart(zh, zh.indexOf("不得"))).toBe(zh.indexOf("催收"));
  });
});

describe("sentenceStart against a forward scan of every end mark", () => {
  const forward = (text: string, at: number) => {
    const ends = /[。．！？!?\n;；]|\.\s/gu;
    let start = 0;
    for (let m = ends.exec(text); m !== null && m.index < at; m = ends.exec(text))
      start = m.index + m[0].length;
    return Math.min(start, at);
  };

  it("agrees at every index of texts made of end marks, spaces and words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(".", " ", "\n", "。", "!", "a", "b", "；", "．"), { maxLength: 40 }),
        (chars) => {
          const text = chars.join("");
          for (let at = 0; at <= text.length; at++) expect(sentenceStart(text, at)).toBe(forward(text, at));
        },
      ),
    );
  });
});

describe("sentenceEnd", () => {
  it("agrees at every index with the first end mark in the rest of the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(".", " ", "\n", "。", "!", "a", "b", "；", "．"), { maxLength: 40 }),
        (chars) => {
          const text = chars.join("");
          for (let at = 0; at <= text.length; at++) {
            const close = /[。．！？!?\n;；]|\.\s/u.exec(text.slice(at));
            expect(sentenceEnd(text, at)).toBe(close === null ? text.length : at + close.index);
          }
        },
      ),
    );
  });
});

describe("endsSentenceBetween", () => {
  it("finds an end mark or a full stop and its space inside the stretch only", () => {
    const text = "does not post on social media. If you see a post";
    expect(endsSentenceBetween(text, 0, text.length)).toBe(true);
    expect(endsSentenceBetween(text, 0, text.indexOf("."))).toBe(false);
    expect(endsSentenceBetween(text, 0, text.indexOf(".") + 1)).toBe(false);
    expect(endsSentenceBetween("我们不会联系。你的家人", 0, 8)).toBe(true);
    expect(endsSentenceBetween("U.S. law", 0, 8)).toBe(true);
    expect(endsSentenceBetween("e.g.x", 0, 5)).toBe(false);
  });
});

describe("splitSentences", () => {
  it("gives each sentence the start and end mark sentenceStart and sentenceEnd give its first index", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(".", " ", "\n", "。", "!", "a", "b", "；", "．"), { maxLength: 40 }),
        (chars) => {
          const text = chars.join("");
          const { starts, ends } = splitSentences(text);
          expect(starts.length).toBe(ends.length);
          starts.forEach((start, i) => {
            expect(ends[i]).toBe(sentenceEnd(text, start));
            if (start < text.length && start < ends[i]!) expect(sentenceStart(text, start)).toBe(start);
          });
          expect(ends.at(-1)).toBe(text.length);
        },
      ),
    );
  });
});
