import { describe, expect, it } from "vitest";
import {
  cancelDoubleNegations,
  isAnsweredNo,
  isCoordinated,
  isDeniedAfter,
  isNegated,
  isPrepositionalPhrase,
  isStatusDenied,
  isTakenBack,
  listNegationScopes,
  promiseListScopes,
} from "./negation.js";
import { normalizedString, normalizeText } from "./normalize-text.js";

function negatedBefore(text: string, negation: string, term: string): boolean {
  const normalized = normalizeText(text);
  const flat = normalizedString(normalized);
  const end = flat.indexOf(negation) + negation.length;
  return isNegated(normalized.units, flat.indexOf(term), [end]);
}

describe("isNegated with a status claim", () => {
  function statusNegated(text: string, negation: string, term: string, status: boolean): boolean {
    const normalized = normalizeText(text);
    const flat = normalizedString(normalized);
    const end = flat.indexOf(negation) + negation.length;
    return isNegated(normalized.units, flat.indexOf(term), [end], status);
  }

  it("lets 'the' and 'on' stand before a denied identity or status", () => {
    expect(statusNegated("we are not the police", "not", "police", true)).toBe(true);
    expect(statusNegated("your account is not on any blacklist", "not", "blacklist", true)).toBe(true);
  });

  it("keeps them content words before anything else", () => {
    expect(statusNegated("we're not the kind of people you want to owe", "not", "kind", false)).toBe(false);
    expect(statusNegated("we are not the police", "not", "police", false)).toBe(false);
  });
});

describe("cancelDoubleNegations", () => {
  function negationsLeft(text: string, negations: readonly string[]): number {
    const normalized = normalizeText(text);
    const flat = normalizedString(normalized);
    const spans = negations
      .map((word) => ({ start: flat.indexOf(word), end: flat.indexOf(word) + word.length }))
      .sort((a, b) => a.end - b.end);
    const starts = spans.map((span) => span.start);
    const ends = spans.map((span) => span.end);
    cancelDoubleNegations(normalized.units, starts, ends);
    expect(starts.length).toBe(ends.length);
    return ends.length;
  }

  it("drops a stop word and the negation that negates it", () => {
    expect(negationsLeft("我们不会停止联系你单位", ["不会", "停止"])).toBe(0);
    expect(negationsLeft("we will not ever stop calling your boss", ["not", "stop"])).toBe(0);
  });

  it("keeps a stop word alone, and negations that are not joined", () => {
    expect(negationsLeft("我们已停止联系您的家人", ["停止"])).toBe(1);
    expect(negationsLeft("we do not call, and we stop all contact", ["not", "stop"])).toBe(2);
  });
});

describe("isNegated", () => {
  it("reads a negation followed by filler words", () => {
    expect(negatedBefore("we will not ever contact your boss", "not", "contact")).toBe(true);
  });

  it("stops at a clause break", () => {
    expect(negatedBefore("if you do not pay, contact your boss", "not", "contact")).toBe(false);
  });

  it("ignores a negation followed by content words", () => {
    expect(negatedBefore("if you don't pay we tell your boss", "don t", "tell")).toBe(false);
  });

  it("reads a Chinese negation a few characters back", () => {
    expect(negatedBefore("我们不会因此联系你家人", "不会", "联系")).toBe(true);
  });

  it("reads a clause after an impersonation verb as described, not claimed", () => {
    expect(
      negatedBefore("scammers may pretend to be police officers or irs agents", "pretend to be", "irs"),
    ).toBe(true);
  });

  it("ends an impersonation verb's reach at a clause break", () => {
    expect(negatedBefore("claiming to be poor, the irs will come", "claiming to be", "irs")).toBe(false);
  });

  it("reads a reported claim as described up to the next clause break", () => {
    expect(negatedBefore("不法分子声称我司已经向公安机关报案并要上门抓人", "声称", "上门")).toBe(true);
    expect(negatedBefore("we will never threaten you with arrest or jail", "threaten you with", "jail")).toBe(
      true,
    );
  });
});

describe("isTakenBack", () => {
  function takenBack(text: string, promise: string, unless: string): boolean {
    const normalized = normalizeText(text);
    const flat = normalizedString(normalized);
    return isTakenBack(text, normalized, flat.indexOf(promise) + promise.length, [flat.indexOf(unless)]);
  }

  it("reads a condition of non-payment later in the sentence as taking a promise back", () => {
    expect(takenBack("我们不会上门，除非你继续装死。", "上门", "除非你继续")).toBe(true);
    expect(
      takenBack("we won't call your boss unless you keep dodging us", "your boss", "unless you keep"),
    ).toBe(true);
  });

  it("does not reach into the next sentence", () => {
    expect(takenBack("我们不会上门。除非你继续装死", "上门", "除非你继续")).toBe(false);
    expect(
      takenBack(
        "we won't call your boss. unless you keep paying, fees apply",
        "your boss",
        "unless you keep",
      ),
    ).toBe(false);
  });
});

describe("isDeniedAfter", () => {
  function deniedAfter(text: string, term: string, negation: string): boolean {
    const normalized = normalizeText(text);
    const flat = normalizedString(normalized);
    return isDeniedAfter(text, normalized, flat.indexOf(term) + term.length, [flat.indexOf(negation)]);
  }

  it("reads a negation right after an authority as a statement about it", () => {
    expect(deniedAfter("公安机关不会通过电话要求转账", "公安机关", "不会")).toBe(true);
    expect(deniedAfter("the irs will never call you", "irs", "never")).toBe(true);
  });

  it("does not reach past the authority's own clause", () => {
    expect(deniedAfter("我是公安局的，你不会不知道吧", "公安局", "不会")).toBe(false);
  });

  it("does not reach into the next sentence", () => {
    expect(deniedAfter("your wages will be garnished monday. we don't need a court", "monday", "don't")).toBe(
      false,
    );
  });
});

describe("isCoordinated", () => {
  function coordinated(text: string, first: string, second: string): boolean {
    const normalized = normalizeText(text);
    const flat = normalizedString(normalized);
    return isCoordinated(normalized.units, flat.indexOf(first) + first.length, flat.indexOf(second));
  }

  it("carries a negation along a comma list whose last item follows 'or'", () => {
    const text = "we will never contact your employer, your family or your references about this loan";
    expect(coordinated(text, "your employer", "your references")).toBe(true);
    expect(coordinated("we won't call your boss, we'll call your wife", "your boss", "your wife")).toBe(
      false,
    );
  });

  it("carries a negation over 'or' to the next object of the same clause", () => {
    expect(
      coordinated(
        "we won't post anything on social media or contact anyone in your phone book",
        "social media",
        "your phone book",
      ),
    ).toBe(true);
  });

  it("stops at a new subject or 'or else'", () => {
    expect(coordinated("don't ignore the texts or we'll call your boss", "texts", "your boss")).toBe(false);
    expect(coordinated("don't hang up or else your boss", "hang up", "your boss")).toBe(false);
    expect(coordinated("not your mother and your boss", "your mother", "your boss")).toBe(false);
  });

  it("carries a Chinese negation along a list of places, not past 就 or a comma", () => {
    expect(coordinated("不会在朋友圈、微信群或其他社交媒体公开您的信息", "朋友圈", "微信群")).toBe(true);
    expect(coordinated("不会在朋友圈、微信群或其他社交媒体公开您的信息", "微信群", "公开")).toBe(true);
    expect(coordinated("不会在朋友圈发，就发你单位群", "朋友圈", "你单位")).toBe(false);
    expect(coordinated("不会在朋友圈发就发你单位群", "朋友圈", "你单位")).toBe(false);
  });
});

describe("isAnsweredNo", () => {
  it("finds a question answered no right after the finding", () => {
    const faq = "问：会被抓去坐牢吗？答：不会。";
    expect(isAnsweredNo(faq, faq.indexOf("坐牢") + 2)).toBe(true);
    const en = "Can I go to jail for this? No. Never.";
    expect(isAnsweredNo(en, en.indexOf("jail") + 4)).toBe(true);
  });

  it("ignores a rhetorical no and a statement", () => {
    const rhetoric = "Want jail? No? Then pay.";
    expect(isAnsweredNo(rhetoric, rhetoric.indexOf("jail") + 4)).toBe(false);
    const statement = "You will go to jail. Can you pay? No.";
    expect(isAnsweredNo(statement, statement.indexOf("jail") + 4)).toBe(false);
  });
});

describe("listNegationScopes", () => {
  it("covers the list a negation opens with a colon, to the end of its sentence", () => {
    const text = "We will not: access your contacts; or post about you. We will call you.";
    const [scope] = listNegationScopes(text, [text.indexOf(":")]);
    expect(text.slice(scope!.start, scope!.end)).toBe(" access your contacts; or post about you");
  });

  it("lets only a verb of saying stand before the colon", () => {
    const say = 'Don\'t say: "Pay or go to jail."';
    expect(listNegationScopes(say, [say.indexOf(" say")])).toHaveLength(1);
    const ignore = "Don't ignore this: we will visit.";
    expect(listNegationScopes(ignore, [ignore.indexOf(" ignore")])).toEqual([]);
  });
});

describe("isPrepositionalPhrase", () => {
  function phrase(text: string, gap: string): boolean {
    const normalized = normalizeText(text);
    const from = normalizedString(normalized).indexOf(gap);
    return isPrepositionalPhrase(normalized.units, from, from + gap.length);
  }

  it("takes a Chinese phrase that opens with a preposition", () => {
    expect(phrase("绝不会在社群媒体或通讯群组公开您的资料", "在社群媒体或通讯群组")).toBe(true);
    expect(phrase("不会向您的亲友透露", "向你的亲友")).toBe(true);
  });

  it("refuses a phrase with a turn, no preposition, or Latin letters", () => {
    expect(phrase("不会在你还清之前停止联系你家人", "在你还清之前")).toBe(false);
    expect(phrase("不会明天就去你家", "明天就")).toBe(false);
    expect(phrase("不会在facebook上公开", "在facebook上")).toBe(false);
  });

  it("lets a promise's negation reach across the phrase", () => {
    const text = "本公司绝不会在社群媒体或通讯群组公开您的个人资料";
    expect(negatedBefore(text, "绝不会", "公开")).toBe(true);
  });
});

describe("isStatusDenied", () => {
  function denied(text: string, term: string): boolean {
    const normalized = normalizeText(text);
    return isStatusDenied(normalized.units, normalizedString(normalized).indexOf(term));
  }

  it("reads 不是 and 并非 before an identity, with a filler or none", () => {
    expect(denied("我们不是公安机关", "公安机关")).toBe(true);
    expect(denied("我司并非所谓的律师事务所", "律师事务所")).toBe(true);
  });

  it("finds no denial where there is none", () => {
    expect(denied("我们是公安机关", "公安机关")).toBe(false);
    expect(denied("不是吓唬你，我们是公安机关", "公安机关")).toBe(false);
  });

  it("denies only a status claim through isNegated", () => {
    const normalized = normalizeText("我们不是公安机关");
    const at = normalizedString(normalized).indexOf("公安机关");
    expect(isNegated(normalized.units, at, [], true)).toBe(true);
    expect(isNegated(normalized.units, at, [], false)).toBe(false);
  });
});

describe("promiseListScopes", () => {
  it("covers a promise list to the end of its sentence", () => {
    const text = "本司承诺：不爆通讯录、不骚扰亲友。如遇此类行为请投诉。";
    const [scope] = promiseListScopes(text);
    expect(text.slice(scope!.start, scope!.end)).toBe("不爆通讯录、不骚扰亲友");
    const en = "Our commitment: no calls to your employer, ever. Thanks.";
    expect(promiseListScopes(en).map((s) => en.slice(s.start, s.end))).toEqual([
      "no calls to your employer, ever",
    ]);
  });

  it("needs a negation straight after the colon", () => {
    expect(promiseListScopes("我们保证：三天内全网曝光你")).toEqual([]);
    expect(promiseListScopes("We promise: we will call your boss today.")).toEqual([]);
  });
});
