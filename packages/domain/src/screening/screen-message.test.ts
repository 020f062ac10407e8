import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileLexicon } from "./compile-lexicon.js";
import { defaultLexicon } from "./lexicon/default-lexicon.js";
import { screenMessage } from "./screen-message.js";
import type { LexiconData, ScreenResult } from "./types.js";

const lexicon = compileLexicon(defaultLexicon);

function verdict(text: string): string {
  const result = screenMessage(text, lexicon);
  return result.ok ? result.verdict : result.code;
}

function screened(result: ScreenResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("screenMessage", () => {
  it("blocks a third party asked to relay a named person's debt, however the debt is said", () => {
    expect(
      verdict(
        "Hi, this is for the household: Dana Cole has an unpaid balance of $900. Please have her call us.",
      ),
    ).toBe("block");
    expect(verdict("Hi Coach Sam, one of your members owes our company $400. Could you remind him?")).toBe(
      "block",
    );
    expect(verdict("你好，是人事部吗？你们员工小王的网贷逾期不还，请你们转告他。")).toBe("block");
  });

  it("reads a tip praised for working as teaching the tactic, and a borrower's quoted words as theirs", () => {
    expect(verdict("Team lead tip: never leave a voicemail as Deputy Collins.")).not.toBe("block");
    expect(
      verdict(
        "Team lead tip: leave the voicemail as Deputy Collins, county process server. Works every time.",
      ),
    ).toBe("block");
    expect(verdict("Borrower just yelled 'go to hell' and hung up.")).toBe("review");
    expect(verdict("Go to hell and pay up.")).toBe("block");
  });

  it("keeps a promise over every item of a comma list ending in 'or'", () => {
    expect(
      verdict(
        "We will never contact your employer, your family or your references to tell them about this loan.",
      ),
    ).not.toBe("block");
  });

  it("allows empty text", () => {
    expect(screenMessage("", lexicon)).toEqual({ ok: true, verdict: "allow", findings: [] });
  });

  it("refuses text over the limit with a typed error instead of throwing", () => {
    expect(screenMessage("a".repeat(10_001), lexicon)).toMatchObject({
      ok: false,
      code: "TEXT_TOO_LONG",
      limit: 10_000,
    });
    expect(screenMessage("abc", lexicon, { maxLength: 2 })).toMatchObject({ ok: false, length: 3 });
  });

  it("survives lone surrogates", () => {
    expect(verdict("\ud800老\udfff赖\ud800")).toBe("block");
  });

  it("never throws and always points findings inside the text", () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "老",
        "赖",
        "坐",
        "牢",
        "f",
        "u",
        "c",
        "k",
        "*",
        "$",
        "1",
        " ",
        "-",
        "。",
        "\u200b",
        "🐎",
        "\ud800",
        "\udfff",
        "ﬁ",
      ),
      fc.string({ unit: "binary", maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const result = screened(screenMessage(text, lexicon));
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.match).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("points findings at the original text through every evasion", () => {
    const text = "你這個老-賴，坐🐎牢吧";
    const found = screened(screenMessage(text, lexicon)).findings.map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(["老-賴", "坐🐎牢"]);
  });

  it("catches masked, leet and spaced English obscenity", () => {
    for (const text of ["f*cking idiot", "you a$$hole", "bullsh1t", "F U C K you", "ｆｕｃｋ"]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("catches pinyin abbreviations and homophones", () => {
    for (const text of ["你就是个sb", "cnm快还钱", "草泥马", "傻B一个"])
      expect(verdict(text), text).toBe("block");
  });

  it("respects English word boundaries", () => {
    // The terms alone: the abuse model reads whole words too, but may send this odd text to review.
    const terms = compileLexicon({ ...defaultLexicon, model: undefined });
    expect(screenMessage("Scunthorpe office, class assignment, skill yourself", terms)).toMatchObject({
      verdict: "allow",
    });
  });

  it("blocks a court threat built from harmless words", () => {
    const result = screened(screenMessage("法院明天就来查封，你等着收传票", lexicon));
    expect(result.findings.some((f) => f.rule === "zh-court-imminent-seizure")).toBe(true);
    expect(verdict("法院")).toBe("allow");
  });

  it("lets lawful collection language through", () => {
    expect(verdict("如仍未还款，我司将依法向人民法院提起民事诉讼。")).toBe("allow");
    expect(
      verdict("Late payments may be reported to credit bureaus. You have the right to dispute this debt."),
    ).toBe("allow");
  });

  it("lets a sender's promise not to disclose through, but still reviews one reported or negated after", () => {
    expect(verdict("We will not contact your employer about this account.")).toBe("allow");
    expect(verdict("我们不会联系您的家人。")).toBe("allow");
    expect(verdict("本公司不會委派任何人士上門收數。")).toBe("allow");
    expect(verdict("Our agents will seize your house tomorrow. No court order is needed.")).toBe("block");
  });

  it("reads a relative writing in as the third party, not the collector", () => {
    expect(verdict("你们好，我是张伟的妻子，他的借款我们打算下个月一次性还清。")).toBe("allow");
    expect(verdict("我是你爸爸，你欠的钱赶紧还")).not.toBe("allow");
  });

  it("keeps a threat a threat after an unrelated negation", () => {
    expect(verdict("If you don't pay we will tell your boss")).toBe("block");
  });

  it("blocks a promise not to, taken back on a condition of non-payment", () => {
    const result = screened(screenMessage("放心，我们不会上门的，除非你继续装死。", lexicon));
    expect(result.verdict).toBe("block");
    expect(result.findings.some((f) => f.rule.endsWith(":unless"))).toBe(true);
    expect(verdict("放心，我们不会上门的。有问题请致电客服。")).toBe("allow");
  });

  it("blocks a promise kept only while the borrower pays, or only for now", () => {
    expect(verdict("We won't tell your boss as long as you pay by Friday.")).toBe("block");
    expect(verdict("We won't call your wife if you pay today.")).toBe("block");
    expect(verdict("We won't tell your boss about this debt yet. Pay now.")).toBe("block");
    expect(verdict("我们不会联系您的家人，只要您今天还款。")).toBe("block");
    expect(verdict("We will never contact your employer.")).toBe("allow");
    expect(verdict("我们不会联系您的家人。")).toBe("allow");
  });

  it("blocks the structures of abuse written without a telltale word", () => {
    for (const text of [
      "今天不处理的话，明天我们就去你家门口等你。",
      "跟你小姨子说一声，她姐夫借了钱一直不还。",
      "We'll swing by your mom's place this weekend.",
      "For your family's sake, settle this today.",
      "Mrs. Lopez, he is in default on a payday loan.",
      "你个沙雕，钱都不会还",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("sends what only the abuse model flags to review, never blocks on it", () => {
    const result = screened(screenMessage("你在外面躲得了初一，躲不过十五，咱们走着看看谁耗得过谁", lexicon));
    for (const f of result.findings.filter((finding) => finding.rule === "abuse-model")) {
      expect(f.severity).toBe("review");
    }
    expect(verdict("您好，您本月账单已出，应还金额860元，请于15日前还款，谢谢。")).toBe("allow");
  });

  it("sends reported abuse in a complaint reply or scam warning to review, not block", () => {
    expect(verdict("您反映催收员威胁要去您单位，我们已展开调查。")).toBe("review");
    expect(verdict("You reported that our agent called you a deadbeat. We are investigating.")).toBe(
      "review",
    );
    expect(
      verdict("People pretending to be police may call. Real police will never ask for that. Hang up."),
    ).toBe("review");
    // The reporting word alone excuses nothing, and neither does the answer alone.
    expect(verdict("您反映也没用，明天去您单位。")).toBe("block");
    expect(verdict("老赖，我们已展开调查。")).toBe("block");
  });

  it("reads an authority doing what the law has it do as a description", () => {
    expect(verdict("执行法官将依照法律程序查询被执行人财产。")).not.toBe("block");
    expect(verdict("公安机关提醒：要求转账到安全账户的都是诈骗。")).not.toBe("block");
    expect(verdict("您提交的身份证照片不清晰，请重新上传。")).not.toBe("block");
    expect(verdict("你的照片明天就会出现在你所有微信好友的朋友圈。")).toBe("block");
  });

  it("reads abuse in quotation marks as reported when the message answers it", () => {
    expect(verdict("关于您说的“三天内不还就爆你通讯录”，我们已核实并致歉。")).toBe("review");
    expect(verdict("We apologise: the agent who said \"we'll tell your boss you're a thief\" is gone.")).toBe(
      "review",
    );
    // Quotation marks without an answer are still the sender's words.
    expect(verdict("“三天内不还就爆你通讯录”，记住了。")).toBe("block");
  });

  it("blocks a bare authority noun only with pressure, and reviews it alone", () => {
    expect(verdict("如有疑问，您可以到当地派出所开具证明。")).toBe("allow");
    expect(verdict("民警已经备案，明天就来找你。")).toBe("block");
    expect(verdict("The district attorney's website explains your rights.")).toBe("review");
    expect(verdict("This is Detective Shaw, there is a warrant with your name on it.")).toBe("block");
  });

  it("blocks veiled threats built on the borrower's places, belongings and contacts", () => {
    expect(verdict("Those tires look new. Hate for anything to happen to them.")).toBe("block");
    expect(verdict("We know which gym you go to.")).toBe("block");
    expect(verdict("看在你爸妈的面子上，赶紧还了吧。")).toBe("block");
    expect(verdict("你的紧急联系人我已经告诉了，说你欠款不还。")).toBe("block");
    expect(verdict("I told the front desk at your office that you're behind on your loan.")).toBe("block");
  });

  it("merges supervisor-added terms at compile time and names the version", () => {
    const extra = compileLexicon(defaultLexicon, [
      { rule: "supervisor-1", category: "insult", severity: "block", terms: ["咸鱼"] },
    ]);
    expect(extra.version).toBe(`${defaultLexicon.version}+1`);
    expect(screened(screenMessage("你这条咸鱼", extra)).verdict).toBe("block");
  });

  it("reports terms that normalise to nothing instead of failing", () => {
    const data: LexiconData = {
      ...defaultLexicon,
      terms: [{ rule: "x", category: "insult", severity: "block", terms: ["--"] }],
    };
    expect(compileLexicon(data).rejected).toEqual(["--"]);
  });

  it("blocks a message whose sender tag names a court or the police", () => {
    const result = screened(screenMessage("【XX市中级人民法院】您涉及一起纠纷，请回复1确认。", lexicon));
    expect(result.verdict).toBe("block");
    expect(result.findings.some((f) => f.rule === "authority-as-sender")).toBe(true);
    expect(verdict("NOTICE FROM THE DISTRICT COURT: a judgment has been entered against you.")).toBe("block");
    expect(verdict("【安心借】我司已依法向人民法院提起诉讼，开庭时间以法院通知为准。")).toBe("allow");
    expect(verdict("【公安机关提醒】凡是自称法院要求转账的都是诈骗。")).toBe("allow");
  });

  it("reviews rather than blocks what the borrower says in a call transcript", () => {
    const result = screened(
      screenMessage("借款人：你们是不是要报警抓我？坐席：不会的，借款逾期属于民事纠纷。", lexicon),
    );
    expect(result.verdict).toBe("review");
    expect(result.findings.map((f) => f.rule)).toContain("zh-false-legal-criminal:borrower");
    expect(verdict("Borrower: I can't pay. Agent: then we'll send a couple of guys to your house.")).toBe(
      "block",
    );
  });

  it("carries a negation over 'or' and into the findings a negated span holds", () => {
    // A finding joined to a promise by "or" is promised too (1.11), so both are dropped.
    expect(verdict("We won't post anything on social media or contact anyone in your phone book.")).toBe(
      "allow",
    );
    expect(verdict("Nobody is going to arrest you or send the police.")).toBe("allow");
    expect(verdict("Don't ignore us or we'll post it on Facebook.")).toBe("block");
  });

  it("reads words quoted in a list of words as named, not said", () => {
    expect(verdict('Speech analytics will flag "police", "court", "jail" and "your employer" for QA.')).toBe(
      "review",
    );
    expect(verdict("征信系统里没有“黑名单”这个说法。")).toBe("review");
    expect(verdict("再不还钱就让你“坐牢”！")).toBe("block");
  });

  it("carries a negation that opens a list over the list, and a Chinese one over 、", () => {
    expect(verdict("We will not: access your contacts; or post anything about you on social media.")).toBe(
      "review",
    );
    expect(verdict("Don't say: \"Pay or you'll go to jail.\"")).toBe("review");
    expect(verdict("Don't ignore this: we will visit your home tomorrow.")).toBe("block");
    expect(verdict("我司承诺：不会在朋友圈、微信群或其他社交媒体公开您的个人信息。")).toBe("allow");
  });

  it("reads a question answered no as denied, but not a rhetorical one", () => {
    expect(
      verdict("Can I go to jail for not paying a credit card? No. You cannot be jailed for a debt."),
    ).toBe("review");
    expect(verdict("问：网贷逾期会被抓去坐牢吗？答：不会。")).toBe("review");
    expect(verdict("Can you afford jail? No? Then pay.")).toBe("block");
  });

  it("keeps an obscenity obscene under a negation", () => {
    expect(verdict("Don't fuck with us. Pay today.")).toBe("block");
  });

  it("takes no answer to a report from the borrower's turn of a transcript", () => {
    expect(
      verdict("催收员：我跟你说，我们外访的兄弟今晚就上门。客户：你这是威胁我？我要报警。催收员：随便你。"),
    ).toBe("block");
  });
});

describe("text about collection (1.7)", () => {
  it("reports what a statement of what collectors may not do covers", () => {
    expect(
      verdict(
        "Under federal law, debt collectors may not threaten you with arrest or jail, use obscene language, or tell your employer about your debt.",
      ),
    ).toBe("review");
    expect(verdict("法律常识：催收人员无权拘留您，也不能查封您的财产。")).toBe("review");
  });

  it("reports every finding under a header that names a kind of text about collection", () => {
    expect(verdict("Compliance reminder: never tell a third party that the consumer owes a debt.")).toBe(
      "review",
    );
    expect(verdict("质检报告：坐席在通话中说“你就是个老赖”，已判定违规。")).toBe("review");
  });

  it("still blocks a threat under another header, or with a genre word outside the header", () => {
    expect(verdict("FINAL WARNING: we'll tell your boss about your debt today.")).toBe("block");
    expect(verdict("Pay today or we'll tell your boss about your debt. This is your training.")).toBe(
      "block",
    );
    expect(verdict("最后通知：今天不还，明天我们就去你单位找你领导。")).toBe("block");
  });

  it("keeps the agent's turns of a call transcript said, not described, under a QA header", () => {
    expect(
      verdict("【质检抽检 通话转写】\n坐席：你到底还不还？\n客户：下个月还。\n坐席：你他妈的等着。"),
    ).toBe("block");
    expect(verdict("【质检抽检 通话转写】\n坐席：请问什么时候还款？\n客户：你他妈的别打了。")).toBe("review");
  });

  it("lets a negation before a finding reach one that starts inside it", () => {
    expect(
      verdict("We do not post about customers' accounts on social media. If you see a post, report it."),
    ).toBe("review");
    expect(verdict("We will take your car tonight, no court order needed.")).toBe("block");
  });

  it("still blocks where the sender says we in the finding's sentence", () => {
    expect(verdict("Tip: pay today or we'll tell your boss about your debt.")).toBe("block");
    // The terms alone: the model trained through r36 scores this short disclosure just past its
    // doubt margin (-0.60 against 0.6 below a threshold of 0), so with the model it goes to review.
    const terms = compileLexicon({ ...defaultLexicon, model: undefined });
    const text = "Our collectors can't wait any longer. We will tell your boss about your debt tomorrow.";
    expect(screened(screenMessage(text, terms)).verdict).toBe("block");
    expect(verdict(text)).not.toBe("allow");
  });

  it("reads single-quoted lines in a training note as quoted", () => {
    expect(
      verdict("Training: phrases that are NOT allowed: 'you'll go to jail', 'we'll tell your boss'."),
    ).toBe("review");
  });

  it("reads a script's template slot as a slot", () => {
    expect(
      verdict("Say: 'Hello, my name is [agent first name]. I'm calling to confirm location information.'"),
    ).toBe("allow");
    expect(verdict("Hello, my name is Agent Smith with the FBI.")).toBe("block");
  });

  it("denies a lawful step denied as such", () => {
    expect(
      verdict(
        "You may contact us to arrange payment; no wage garnishment will happen without a court order.",
      ),
    ).not.toBe("block");
    expect(verdict("Your wages will be garnished without a court order.")).toBe("block");
  });
});

describe("lexicon 1.11", () => {
  it("drops a denied identity or status as a promise", () => {
    expect(verdict("We are not the police and we cannot have you arrested.")).toBe("allow");
    expect(verdict("Your account is not on any blacklist.")).toBe("allow");
    expect(verdict("We're not the kind of people you want to owe money to.")).toBe("block");
  });

  it("keeps a negated stop word a threat", () => {
    expect(verdict("我们不会停止联系你单位，直到你还钱。")).toBe("block");
    expect(verdict("We will not stop calling your boss until you pay.")).toBe("block");
    expect(verdict("我们已停止联系您的家人。")).toBe("allow");
  });

  it("promises what a promise holds or joins, within its sentence", () => {
    expect(verdict("We will not discuss your account with your employer or family.")).toBe("allow");
    expect(verdict("You cannot be arrested or jailed for not paying a medical bill.")).toBe("allow");
    expect(
      verdict("We do not post about customers' accounts on social media. If you see a post, report it."),
    ).toBe("review");
  });

  it("keeps a promise in the sender's own voice after a reporting word", () => {
    expect(
      verdict(
        "抱歉给您带来不好的体验。上一位同事的说法不符合规定：您的逾期不会影响孩子上学，我们也不会联系您的单位。",
      ),
    ).toBe("allow");
    expect(verdict("您反映催收员说“不会放过你家人”，我们已展开调查。")).toBe("review");
  });

  it("reads a word named under the sender's negation as denied, and named alone as reported", () => {
    expect(verdict("人民银行征信系统并不存在所谓的“黑名单”。")).toBe("allow");
    expect(verdict("您的账户已被列入本平台内部风险名单（俗称“黑名单”），暂停新的借款申请。")).toBe("review");
  });

  it("reports a news story under its dateline, and collectors described as a class", () => {
    expect(
      verdict(
        "本报讯（记者 李明）法院审理查明，被告人发送“不还钱就让你全家不得安宁”等信息，被判处有期徒刑二年。",
      ),
    ).toBe("review");
    expect(
      verdict(
        "Consumer advocates say collectors who threaten to post borrowers' photos on Facebook are breaking the law.",
      ),
    ).toBe("review");
    expect(
      verdict("A collector must identify themselves and can't suggest that you could be arrested."),
    ).toBe("review");
    expect(verdict("Collectors who get ignored get nasty. We'll post your photos on Facebook tonight.")).toBe(
      "block",
    );
  });

  it("lets lawful process and privacy notices through", () => {
    for (const text of [
      "您的信用卡欠款纠纷已由北京市朝阳区人民法院立案受理，请留意法院送达的传票。",
      "北京警方通报：一催收公司员工因冒充公安机关实施催收被依法刑事拘留。",
      "您的紧急联系人仅用于无法联系您本人时确认您的联系方式。",
      "经法院判决生效后，如仍未履行，我司将依法申请强制执行。",
      "由于您多次逾期，您的借款额度已被暂时冻结。",
      "If you are served with a summons, you have the right to respond.",
      "You will receive official notice by mail from the court, and you have the right to attend.",
    ]) {
      expect(verdict(text), text).toBe("allow");
    }
  });

  it("blocks veiled threats against pets, jobs and homes", () => {
    for (const text of [
      "你家狗哪天出门可就不一定回得来了。",
      "We know you've got a dog. Would be a shame if he didn't come back one night.",
      "Pay or I'll make sure you lose your job.",
      "再不还，我保证让你丢饭碗。",
      "Pay by Friday or a couple of our blokes will pop round to your place.",
      "Pay today, or the next visit won't be a friendly chat.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
    expect(verdict("If you lose your job, call us about a hardship plan.")).not.toBe("block");
  });

  it("blocks officials who decide the case and want the money themselves", () => {
    for (const text of [
      "我是上海仲裁委员会的仲裁员，今天把钱转给我，我帮你撤销。",
      "I am the arbitrator assigned to your case; pay the full amount to me today.",
      "這裡是臺北地方檢察署，請立即將欠款轉入本署監管帳戶。",
      "您的卡債已移送地檢署，明天將核發拘票。",
      "G'day, this is Constable Harris from NSW Police about your debt.",
      "This is the Superior Court clerk's office calling about your unpaid account.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
    expect(verdict("仲裁委员会已受理我司申请，仲裁通知书将依法向您送达。")).not.toBe("block");
  });

  it("blocks a third party told of the debt, however the telling is said", () => {
    for (const text of [
      "We have informed the tenants at your rental property that you are in default on the mortgage.",
      "Had a chat with your neighbours and told them you've got a debt with us.",
      "We told your 老板 about the debt.",
      "Your co-workers know too.",
      "Your photo and licence are going up on Insta tonight unless you pay.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
    expect(verdict("We have not told your employer that you owe anything.")).toBe("allow");
  });
});

// One message for each rule added in 1.12, written for the test (not copied from a round).
const RULE_EXAMPLES: readonly (readonly [string, string])[] = [
  ["zh-pet-one-day", "你家那只布偶猫真漂亮，要是哪天走丢了就可惜了。"],
  ["zh-family-one-day", "你家孩子天天在河边玩，万一哪天掉下去就不好了。"],
  ["en-pity-for-yours", "Be a real pity if your windows got in the way of a brick."],
  ["en-keep-it-that-way", "You have a beautiful family. Let's keep it that way."],
  ["zh-car-noticed", "你的车每天停在小区东门，挺显眼的。"],
  ["zh-family-to-lose", "你上有老下有小，为这点钱出事犯得着吗？"],
  ["zh-elders-shock", "你爸妈年纪大了，经不起我们上门吧？"],
  ["en-family-schedule-known", "We know your husband gets home at six every night."],
  ["en-address-and-time", "We know where you live, and we've got time."],
  ["en-pet-fate-v13", "Your dog's out in the yard a lot. Shame if it got loose."],
  ["en-family-sighted", "Your son was at the park today. Saw him at the swings."],
  ["zh-child-admired", "你女儿长得真像你，今天把钱还了。"],
  ["en-family-home-alone", "Your mother is by herself when nobody's home, isn't she?"],
  ["zh-family-home-alone", "你爸妈白天在家吧？我们随时可以过去。"],
  ["en-guys-in-your-area", "Some guys of ours are in your neighbourhood tonight."],
  ["zh-our-people-nearby", "兄弟们这两天就在你家附近转转。"],
  ["en-found-you-visit", "We found your new place on Baker Street. Expect a visit."],
  ["zh-found-you-visit", "你搬到城南也没用，我们找得到你。"],
  ["en-property-not-standing", "That restaurant of yours won't be standing by Christmas."],
  ["zh-property-not-standing", "你那个店再不还钱就开不下去了。"],
  ["zh-regulator-staff", "银保监会委派的专员将与你联系处理逾期。"],
  ["zh-authority-account", "经侦民警通知：请将欠款转入以下核查账户。"],
  ["en-agency-collects", "The Australian Taxation Office will pursue your personal loan for recovery."],
  [
    "en-named-caller-court",
    "Hello, my name is Dana from the Family Court registry office of the county court.",
  ],
  ["en-title-speaking", "You are speaking with Inspector Lowe about your arrears."],
  ["en-government-self", "This is the debt unit of the federal government calling about your loan."],
  ["zh-regulator-self-near", "我是市金融办的，你的网贷需要今天处理。"],
  ["en-case-for-prosecution", "Your file is being prepared for criminal prosecution."],
  ["zh-no-court-needed", "我们会直接扣你工资，根本不需要法院。"],
  ["en-school-removed", "Your children may be pulled out of school over this debt."],
  ["en-school-told-default", "Your kids' school will be informed of your default."],
  ["en-details-posted-online", "We are posting your phone number online tonight."],
  ["en-face-on-posts", "Your photo will be on every telephone pole in town."],
  ["zh-poster-posted", "催收海报已经做好，明天贴满你们小区。"],
  ["en-contacts-broadcast", "We have your contact list. Every single one of them gets a text tonight."],
  ["zh-contacts-broadcast", "你通讯录里的每个人都会收到你欠钱的消息。"],
  ["en-veiled-pity", "Would be a pity if something happened on the way home."],
  ["en-job-taken-v13", "One word to your manager and you're finished."],
  ["zh-one-call-to-circle", "我一个电话打到你单位，看你还怎么上班。"],
  ["en-family-seen", "We spotted your wife at the supermarket yesterday."],
  ["zh-family-seen", "昨天我们见到你老婆了，她还不知道吧？"],
  ["en-agency-self", "Good morning, this is the Canada Revenue Agency about your loan."],
  ["en-bailiff-office", "Bailiff service here: we attend tomorrow unless you pay."],
  ["en-goods-taken", "Pay today or we seize your furniture."],
  ["en-control-disclaimed", "Once they're at your door I can't control what they do."],
  ["zh-control-disclaimed", "我们的人脾气不好，出了事别怪我们。"],
  ["en-veiled-hope", "Hope you have good insurance on that van."],
  ["zh-veiled-insurance", "你家房子的保险买够了吧。"],
  ["en-oath-or", "Pay tonight or so help me."],
  ["en-doxxing", "Pay up or we let the internet deal with you."],
  ["zh-regulator-self", "这里是国家金融监督管理总局，你的逾期已登记。"],
  ["zh-credit-forever", "不还款就永久拉黑，这辈子别想贷款。"],
  ["en-prosecution-claimed", "The matter has been handed over for prosecution."],
  ["zh-criminal-suit-claimed", "我们已对你提起刑事诉讼。"],
  ["zh-tw-enforcement-v13", "逾期不繳將予以拘提。"],
  ["zh-mother-dead", "泥马没了还不还钱"],
  ["zh-mother-dead-plain", "你妈没了吗，还不还钱"],
];

describe("lexicon 1.12", () => {
  it("blocks each new rule's example with that rule", () => {
    for (const [rule, text] of RULE_EXAMPLES) {
      const result = screened(screenMessage(text, lexicon));
      expect(result.verdict, text).toBe("block");
      expect(
        result.findings.map((f) => f.rule),
        text,
      ).toContain(rule);
    }
  });

  it("reads chat spellings and rebus emoji as the words they stand for", () => {
    expect(verdict("ur boss n ur mum r both getting a call about wat u owe")).toBe("block");
    expect(verdict("你🐴没了？赶紧还钱")).toBe("block");
    expect(verdict("坐🐎牢")).toBe("block");
  });

  it("leaves the legitimate side of each family alone", () => {
    for (const text of [
      "It would be a pity if you missed out on our hardship programme, so please call us.",
      "We are authorised and regulated by the Financial Conduct Authority.",
      "If a caller says they are from HMRC and asks about your loan, hang up and call us.",
      "Hi, it's Dan from the branch. The small claims court hearing was postponed.",
      "We spotted your daughter's name on the account as an authorised user.",
      "Please update your address online in the app.",
      "We are a private company and not a government agency.",
      "您好，我们是持牌消费金融公司，受国家金融监督管理总局监管。",
      "您好，看到您女儿的留言了，我们已为您办理延期。",
      "听说您孙子考上大学了，恭喜恭喜！",
      "您的孩子真可爱，祝您全家新年快乐！",
      "根据民事判决书，原告已依法申请强制执行，法院已裁定冻结您名下银行账户。",
      "A High Court Enforcement Officer may visit to take control of goods under the writ of control.",
      "If you have a grievance, contact our Grievance Redressal Officer.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });

  it("keeps promises, denials and warnings from blocking", () => {
    expect(verdict("本公司絕不會在社群媒體或通訊群組公開您的個人資料。")).toBe("allow");
    expect(verdict("您好，我司不是法院，也不是律师事务所，本短信仅为还款提醒。")).toBe("allow");
    expect(verdict("本司承诺：不爆通讯录、不骚扰亲友、不辱骂恐吓。")).toBe("review");
    expect(verdict("IRS scam warning: the IRS will never have you arrested for not paying.")).toBe("review");
    expect(
      verdict(
        "FAQ — Can I be arrested? No. But a judge could issue a bench warrant if you ignore a court order.",
      ),
    ).toBe("review");
  });

  it("hears the sender tell the reader what will happen, even after a citation of the law", () => {
    expect(verdict("Not paying is theft under the law. You WILL go to jail.")).toBe("block");
    expect(verdict("Under the law, a collector may say you will be arrested; that is false.")).not.toBe(
      "block",
    );
  });

  it("takes a negation inside a rule's span only when it negates one of the rule's cues", () => {
    expect(
      verdict("You think you can hide? I've got your new address. Doesn't matter. We'll be seeing you."),
    ).toBe("block");
    expect(verdict("Your employer will not be told about your debt.")).not.toBe("block");
  });

  it("keeps a rule that needs one sentence inside one", () => {
    expect(verdict("This is Sarah from the Small Claims Court about your balance.")).toBe("block");
    expect(verdict("Hi, this is Sarah from ABC Lending. The Small Claims Court hearing is off.")).not.toBe(
      "block",
    );
  });
});

const RULE_EXAMPLES_V14: readonly [string, string][] = [
  ["en-third-party-told-v14", "If this isn't paid by Friday I'm ringing your nan."],
  ["zh-third-party-told-v14", "再不还钱，我们就联系你的教友。"],
  ["en-followers-v14", "Everything goes to your TikTok followers tonight."],
  ["zh-hk-police-self", "本人係警務處商業罪案調查科督察，閣下嘅貸款需要即日處理。"],
  ["en-bureau-self", "Good afternoon, this is TransUnion about the balance you owe."],
  ["en-credit-frozen-v14", "Pay today or you'll be blacklisted for life."],
  ["en-control-disclaimed-v14", "Once the boys turn up I can't control what the boys do."],
  ["en-been-past-your-place", "We've already driven past your sister's flat twice this week."],
  ["en-hurt-your-fault", "Pay the lot by Monday. Don't force us to get physical."],
  ["en-is-this-their-x", "Am I speaking with Daniel's flatmate? Daniel owes our firm £900."],
  ["zh-is-this-their-x", "您好，是刘伟的邻居吧？他在我们平台借的钱已经逾期半年了。"],
  ["en-ask-them-to-pay", "Please remind your dad to clear what he owes us before Friday."],
  ["zh-relay-reminder", "你表哥欠的钱拖了两个月了，你劝劝他。"],
  ["zh-circle-debt-v14", "您的客户李总欠我司货款已经逾期两个月。"],
  ["en-circle-debt-v14", "Your hubby owes us £2,000, did he not tell you?"],
  ["en-let-them-know-debt", "We'll message your whole street so everyone knows you owe money."],
  ["zh-post-contact-details", "明天把你的照片配上你的手机号发到你们小区群里。"],
  ["zh-comment-everywhere", "我会去你直播间天天刷你欠钱不还。"],
  [
    "en-doctored-photos",
    "We have doctored some pictures of your face and we're sending them to your contacts.",
  ],
  [
    "en-bureau-takes-payment",
    "Equifax has flagged your file. To clear it, send payment to the following account.",
  ],
  ["zh-arrest-if-unpaid", "今天下午五点前处理，如不处理将对你实施逮捕。"],
  ["en-men-find-you", "Run if you like. My guys know the area and they'll find you."],
];

describe("lexicon 1.13", () => {
  it("blocks each new rule's example with that rule", () => {
    for (const [rule, text] of RULE_EXAMPLES_V14) {
      const result = screened(screenMessage(text, lexicon));
      expect(result.verdict, text).toBe("block");
      expect(
        result.findings.map((f) => f.rule),
        text,
      ).toContain(rule);
    }
  });

  it("claims a credit bureau named as the caller in a leading tag", () => {
    const result = screened(
      screenMessage("Equifax Recovery Desk here. Your file is ready for closure.", lexicon),
    );
    expect(result.findings.map((f) => f.rule)).toContain("authority-as-sender");
  });

  it("reads a genre word inside an authority's name as the name, not as a header naming a genre", () => {
    expect(verdict("【金融监管总局专项组】你的网贷已逾期，今天不还就移交司法机关。")).toBe("block");
    // A genre word of its own in the header still reports the message.
    expect(verdict("合规提示：催收员不得说“今天不还就移交司法机关”。")).not.toBe("block");
  });

  it("hears a threat that carries its own negation", () => {
    expect(verdict("Don't make us hurt anyone.")).toBe("block");
    expect(verdict("Please don't make us wait, reply today.")).not.toBe("block");
  });

  it("leaves the legitimate side of each family alone", () => {
    for (const text of [
      "We will not tell your mum or anyone else about your account.",
      "If you're struggling, it can help to talk to your mum or a friend, or call the free helpline.",
      "Is this the account holder's wife? For privacy we can only discuss the account with him.",
      "请问是王先生的家属吗？请他本人回电，谢谢。",
      "尊敬的租客，您本月房租已逾期两天，请尽快支付。",
      "尊敬的客户，您的逾期信息将如实报送中国人民银行征信中心。",
      "Experian, Equifax and TransUnion will receive an update of your account status each month.",
      "If you think you are a victim of identity theft, contact the Experian fraud team.",
      "Our advisors will find you a plan that works. They'll find you the best option.",
      "为了您的安全，请勿向他人透露您的手机号和住址，也不要在评论区公开个人信息。",
      "Beware of fake loan apps that threaten to send morphed photos to your contacts.",
      "A High Court Enforcement Officer has been authorised under a writ of control; you will get notice first.",
      "您好，您母亲生前的贷款由遗产管理人处理，继承人仅在遗产范围内承担责任。",
      "Your late father's card: as his executor you may contact us to settle the estate.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

const RULE_EXAMPLES_V15: readonly [string, string][] = [
  ["en-obscenity-v15", "Stop ignoring us, you feckin eejit, and pay up."],
  ["zh-insult-v15", "你这个人又蠢又懒，欠钱还装死。"],
  ["en-old-fashioned-way", "No more texts. Next time we settle this the old-fashioned way."],
  ["zh-dont-ask-me", "下个月再拖，你屋里出了啥子事莫来问我。"],
  ["impersonation-your-lawyer", "I'm your attorney in this case and I advise you to pay the lender today."],
  ["immigration-consequence-v15", "钱不还的话，我们会让海关限制你出境。"],
  ["zh-pinyin-threat-v15", "今晚不还钱，你走夜路xiaoxindian。"],
  ["en-dont-be-surprised", "Pay by Friday. Don't be surprised if your van goes missing otherwise."],
  ["en-seeing-you-if-unpaid", "We'll be paying you a visit if we don't get the full amount this week."],
  ["en-what-you-wore", "That red coat you were wearing this morning really stood out."],
  ["zh-what-you-wore", "你今天穿的那件白衬衫挺精神的，欠的钱什么时候还？"],
  ["zh-one-day-gone", "再不还，说不定哪天你那辆车就不见了。"],
  ["zh-immigration-debt", "你的逾期我们已经上报给移民局了。"],
  ["en-immigration-debt", "Unpaid loans get people deported; immigration will hear from us."],
  ["en-referee-told-debt", "Peter Otieno gave your name as a referee, and his loan is now in default."],
];

describe("lexicon 1.14", () => {
  it("blocks each new rule's example with that rule", () => {
    for (const [rule, text] of RULE_EXAMPLES_V15) {
      const result = screened(screenMessage(text, lexicon));
      expect(result.verdict, text).toBe("block");
      expect(
        result.findings.map((f) => f.rule),
        text,
      ).toContain(rule);
    }
  });

  it("reports a news item or a regulator's finding instead of blocking it", () => {
    for (const text of [
      "Police have arrested three staff of a lending app for threatening borrowers with jail, officials said.",
      "The regulator has fined a debt collection firm after agents were found to have threatened arrest.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });

  it("leaves the legitimate side of each family alone", () => {
    for (const text of [
      "You can pay by cheque the old-fashioned way if you prefer.",
      "Don't be surprised if your credit score drops a little after a missed payment.",
      "The balance you had on your account yesterday has now been updated.",
      "We'll see you at the branch on Monday if that suits you.",
      "You were listed as a referee by Grace. Please ask her to call us.",
      "If you have questions about your visa, please speak to an immigration adviser.",
      "You may wish to consult your own lawyer before signing the plan.",
      "您好，您的还款计划已生效，如有疑问请联系客服。",
      "审核一过关就放款，您今天穿的正装去面签也可以。",
      "依法被列为失信被执行人的，法院可以限制出境。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("screenMessage 1.15", () => {
  it("reads a negated payment as the condition a claim hangs on, not a denial of it", () => {
    expect(
      verdict("Your visa will be reported to immigration and you will be deported if this loan is not paid."),
    ).toBe("block");
    expect(verdict("Immigration will never call you about a loan. If they do, it's a scam.")).not.toBe(
      "block",
    );
  });

  it("blocks a call to the reader's manager or elders announced over a debt", () => {
    expect(verdict("We'll be phoning your line manager tomorrow about your outstanding balance.")).toBe(
      "block",
    );
    expect(verdict("We will call your church elders and tell them you are a loan defaulter.")).toBe("block");
    expect(verdict("We will call you tomorrow about your outstanding balance.")).not.toBe("block");
  });
});

describe("screenMessage 1.16", () => {
  it("never blocks an agent's reassurance, an indirect question or a mobile called a cell", () => {
    for (const text of [
      "Agent: To be clear, no one's coming to your home and nobody's going to arrest you.",
      "Agent: You asked me whether we called your employer. We have not spoken to anyone but you.",
      "Customer: Text my cell, not the landline.\nAgent: Sure, cell only from now on.",
      "Please ring your cell provider and then call us back on your cell phone.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
    expect(verdict("Keep dodging us and you'll be sitting in a cell by Friday.")).toBe("block");
  });

  it("reads court writs after a judgment, condolences and training scripts as what they are", () => {
    for (const text of [
      "After the judgment against you, the court issued a warrant of execution; you may apply to suspend the warrant.",
      "We are very sorry for the passing of your wife. We are not asking you to pay her debts.",
      "Training module (what not to say): the trainee reads 'we will tell your neighbours you owe us' and the group marks the violation.",
      "法律小知识：经两次有效催收后超过三个月仍不归还，才可能构成信用卡诈骗罪。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
    expect(verdict("你这已经构成信用卡诈骗罪了，等着坐牢吧。")).toBe("block");
  });

  it("blocks publication, enforcement without a court and another's debt told to a third party", () => {
    for (const text of [
      "Your name and photo will be printed in the defaulters column of the local newspaper on Friday.",
      "We start levying your bank account on Monday. No court order is needed for this.",
      "I'm calling about one of your staff, Mr Lee. Anyone who hears this should know his overdue loan is with us.",
      "你再不还，我们直接冻结你的账户，不用等法院判。",
      "你已经被限制出境了，到机场就会被拦下。",
      "Your passport has been suspended until the balance is paid.",
      "Pay up or you won't have a job left by the end of the month.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
    for (const text of [
      "No court order is needed to set up a payment plan, and we will not garnish your wages.",
      "Your details will not be published on our website or anywhere else.",
      "You listed your sister as a reference. We will not discuss her debt with her.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.17 (rounds r25 and r26)", () => {
  it("blocks formal and chat-style menace, relays, fake courts and exposure", () => {
    for (const text of [
      "Our next visit won't be a friendly one. Pay by Friday.",
      "We cannot be held responsible for what happens if you keep ignoring us.",
      "Pay up or your cat might not come home one night.",
      "我方人员将到店协助催收，直至贵店无法正常营业为止。",
      "如再拖延，届时发生的人身意外，后果自负。",
      "Hi, is this Ms Lee's neighbour? She owes us $900, please remind her to pay.",
      "江城区人民法院通知：请与书记员联系（微信同号 139xxxx）缴清欠款。",
      "逾期不还，我们将把你的照片和住址公布于脸书社团。",
      "A hold has been placed on your passport until you settle.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
    for (const text of [
      "Just so you know, nobody's getting arrested over this. It's only a reminder.",
      "You are not at risk of arrest and we will not contact your employer.",
      "祝您和家人出入平安，如需帮助请随时联系我们。",
      "因疫情门店暂时无法正常营业，想申请延期还款。",
      "您好，您在我们平台的借款本期应还500元，如已还款请忽略。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.18", () => {
  it("blocks r27 and r28's families by their general forms", () => {
    for (const text of [
      "Every reference on your file will be told you defaulted.",
      "We'll make sure your boss hears enough to let you go.",
      "Sorry to bother you — your neighbour at no. 14 owes our client money.",
      "[SMS] Metropolitan Police: you are required to settle your account with FastLoans today.",
      "[Letter] STATE ARBITRATION BOARD. An award has been issued in favour of our client.",
      "Call note: Agent introduced himself as a bailiff from the county court.",
      "【电话小结】坐席自称“法院书记员”，要求客户当天还款。",
      "请转告302室的住户，其网贷已严重逾期。",
      "你的個人資料、住址已經貼在網上，大家都搜得到。",
      "判决书：须于三日内偿还全部欠款，否则依法处以拘役。",
    ]) {
      expect(screenMessage(text, lexicon), text).toMatchObject({ verdict: "block" });
    }
    for (const text of [
      "You are not being accused of fraud. This is a reminder that your balance is unpaid.",
      "A missed payment does not affect your immigration status.",
      "You mentioned you were worried about going to jail. Please be assured that failing to repay a loan is not a crime.",
      "[Email newsletter] Your rights when dealing with collectors: they can't threaten violence or discuss your debt with your employer.",
      'Consumer guide: screenshots showing words like "arrest" or "we\'ll post your photo" are evidence — keep them.',
    ]) {
      expect(screenMessage(text, lexicon), text).not.toMatchObject({ verdict: "block" });
    }
  });
});

describe("lexicon 1.21 vocabulary and rules, on text not in the rounds", () => {
  it("blocks veiled threats, livelihood threats, third parties to be told and impersonation", () => {
    expect(verdict("We know where you park. That lot gets dark early, Maria.")).toBe("block");
    expect(verdict("You should be afraid, Maria. Pay.")).toBe("block");
    expect(verdict("Your boss would be surprised to hear about the $2,000 you owe us.")).toBe("block");
    expect(verdict("你那辆车的挡风玻璃明天还在不在，我可不敢保证。")).toBe("block");
    expect(verdict("本人为派出所民警，你的网贷已经立案，今天还清可以销案。")).toBe("block");
  });

  it("does not block a relative saying the debt is not theirs or a lender's in-house counsel", () => {
    expect(verdict("Hi, this is her husband. She's in hospital and I'm not responsible for her debt.")).toBe(
      "allow",
    );
    // The model retrained with 1.28 reviews it: r58 has a collector posing as a firm's lawyer in these words.
    expect(verdict("我是公司法务部的王律师，受托与您协商还款事宜。")).not.toBe("block");
    expect(
      verdict(
        "News: a debt collector was convicted of impersonating police officers and threatening borrowers with arrest.",
      ),
    ).toBe("review");
  });
});

describe("plain reminders", () => {
  // The abuse model reads "we will call you tomorrow about your balance" close to a threat to call
  // someone else; left to block on its own it stopped three of these. It may send them to review.
  it("never blocks a plain reminder or a promise to call the borrower again", () => {
    for (const text of [
      "We will call you tomorrow about your outstanding balance.",
      "Hi Sam, your payment of $120 is due on Friday. Reply STOP to opt out.",
      "We tried to reach you today about your account. Please call us back at 555-0100.",
      "Your loan payment is 5 days late. Please pay as soon as you can to avoid a late fee.",
      "We will contact you again next week if we don't hear from you.",
      "This is a reminder that your balance of $842.10 is past due.",
      "Please call us today to discuss your overdue balance.",
      "We can set up a payment plan that works for you. Call us anytime.",
      "If you are having trouble paying, let us know and we can help.",
      "Your account has been sent to collections. Please contact us to resolve it.",
      "We will be calling you again tomorrow regarding your outstanding balance.",
      "Your payment is overdue. We expect payment by the end of the week.",
      "Final reminder: your account is seriously past due. Please contact us immediately.",
      "We haven't received your payment. If we don't hear from you, we will continue to contact you.",
      "您好，您的贷款已逾期3天，请尽快还款。",
      "您好，我们明天会再给您打电话，沟通逾期还款事宜。",
      "您的账单已逾期，请于本周五前还款，如有困难可联系我们协商。",
      "温馨提示：您的借款今日到期，请及时还款，避免产生逾期费用。",
      "您好，我们多次联系您未果，请您尽快回电处理欠款。",
      "您好，您的欠款已逾期30天，请尽快处理，否则将按合同约定上报征信。",
      "您好，我们会持续联系您，直到逾期款项结清。",
      "请您今天务必处理逾期款项，我们明天会再次联系您。",
      "最后提醒：您的账户严重逾期，请立即联系我们。",
      "如果您不方便接电话，可以回复短信告知方便的时间。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.22 rules and their limits", () => {
  it("blocks the structures r39 and r40 taught", () => {
    for (const text of [
      "I'll make sure nobody in this town ever hires you again.",
      "The broken window is just the start. Next it's you.",
      "After today we stop being nice and someone shows up at your door.",
      "Even a child could pay $20 a week. Guess you can't.",
      "You cannot leave the Philippines until you settle the loan with us.",
      "你这种人就是没素质。",
      "出门注意安全，真出了事可没人赔你。",
      "再不还，清点你家里的家电抵债。",
      "your case is with the D.A., j a i l time if no payment",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves the same words in sympathy, advertising and plain collection alone", () => {
    for (const text of [
      "We will call you again tomorrow.",
      "我们明天会再联系您。",
      "It can feel like nobody will hire you after a layoff; our hardship team can pause payments.",
      "Our app is so easy even a child could use it.",
      "This reminder is just the start of your repayment plan. Next time it's your turn to pick the date.",
      "天气转凉，出门注意安全。温馨提示：本期还款日为15号。",
      "组里通知：请大家把本月互助金的缴费截图发给组长，谢谢。",
      "逾期不会导致不能出国，网上说还清前出不了国是谣言。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.24 rules and their limits", () => {
  it("blocks the structures the held-out rounds r31–r44 taught", () => {
    for (const text of [
      "Hi, this is Sarah from the Financial Conduct Authority. Please confirm a payment date with me today.",
      "ASIC enforcement team here. Your overdue loan must be paid to us within 24 hours.",
      "Our field guys aren't as patient as I am, and they already know your route home.",
      "Last guy who ignored us on a title loan ended up in the ER. Pay up.",
      "Your kids walk to school on their own in the mornings, don't they? Call us today.",
      "We've already spoken to your neighbour about the debt. Next is your mother.",
      "Your colleague borrowed from us and is 3 months late. Please ask him to settle.",
      "We've created a Facebook page for your account. It goes public at 6pm.",
      "We will begin garnishing your wages on Monday. No hearing is needed.",
      "钱不还，你家那辆电动车明天还能不能骑就不好说了。",
      "你妈那边我们已经聊过了，要不要再去找她老人家聊聊？",
      "我是街道办的工作人员，专门来核实您的网贷欠款。",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves lawful enforcement, news and the reader's own words alone", () => {
    for (const text of [
      "We are authorised and regulated by the Financial Conduct Authority.",
      "Following the County Court Judgment, we may instruct High Court Enforcement Officers.",
      'You mentioned you feel "stupid" for getting into this debt - please don\'t be hard on yourself.',
      "您好，您说自己“就是个废物”——千万别这么想，我们一起想办法。",
      "【普法】“老赖”并不是法律用语，催收人员无权自行给借款人贴标签。",
      "关于网传“XX贷将把逾期用户信息发到朋友圈”的说法，我司郑重声明：我司从未公开任何借款人信息。",
      "【转发】媒体曝光：部分网贷平台将借款人照片发至其通讯录联系人，监管部门已约谈相关机构。",
      "Customer: Are you going to send the police?\nAgent: No, ma'am. We don't involve the police. This is a civil matter.",
      "We cannot garnish your wages without a court order.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.26 rules and their limits", () => {
  it("blocks the structures r49–r52 taught", () => {
    for (const text of [
      "u got kidz, u got a h0use, u got a LOT 2 lose. pay up",
      "You've got a house, a dog, two kids. Lots of things can break.",
      "We'd hate for the kids to be frightened by what they see at the door.",
      "I've copied your team leads on this so they understand why you keep dodging us.",
      "We will paste notices with your name and photo at your HDB void deck and lift lobby.",
      "今天下午五点之前不处理，我就给你们部门主管打电话，把你借钱不还的事一五一十讲清楚。",
      "我司将于本周五派员到您住处扣押您的车辆抵债。",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves the customer's swearing in a transcript, and lawful notices, alone", () => {
    for (const text of [
      "customer oh for god's sake this is the fourth goddamn call agent I'm sorry ma'am I'll set your account to one call a week",
      "客户你们这帮吸血鬼不要再打了 坐席先生我理解您的心情 如需分期可以跟我说",
      "Please visit your home branch with ID proof to discuss a one-time settlement.",
      "Nothing about your account has been or will be shared with your family or employer.",
      "这不是吓唬您，是正常流程。您要是真有困难，现在告诉我。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.27 rules and their limits", () => {
  it("blocks r53–r56's code-switched abuse and veiled threats", () => {
    for (const text of [
      "Putang ina mo, magbayad ka na!",
      "Behen ke l*de, paisa kab dega?",
      "Pukimak punya orang, pay your loan la!",
      "您孩子每天下午四点半放学走的那条小路挺偏的，做家长的还是多留意一下安全。",
      "We know Lily gets picked up at 3:15. Nobody wants any surprises at pickup time.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves an association's guidance and a lawful notice of suit alone", () => {
    for (const text of [
      "【XX市互联网金融协会】倡议书：会员机构在贷后催收中不得向借款人亲友、同事泄露债务信息。",
      "Our client intends to file a civil action in County Court. This is not a threat of criminal action.",
      "如果本月25号前仍无法还款，公司会按合同约定向法院起诉，这是正常的法律程序，不是吓唬您。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.28 rules and their limits", () => {
  it("blocks r57–r60's known schedules, boards of defaulters, benefits stopped and told relatives", () => {
    for (const text of [
      "We know Ava's school lets out at 2:50. Let's clear the balance before then.",
      "Your photo and balance go on our Defaulters Board tonight.",
      "Pay today or your child benefit will be stopped.",
      "Called borrower's brother and advised him of the balance owed.",
      "你老母閪，仲唔還錢？",
      "我哋係律政司，你嘅案件已經登記。",
      "明天几位兄弟在你公司门口等你，好好聊聊。",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves the lowest instalment, a council's advice and a lawful suit alone", () => {
    for (const text of [
      "您每月最低能接受多少还款？我们可以据此制定分期方案。",
      "消费者委员会提醒：如遭恐吓，可向警察局报案。",
      "公司会依法起诉，起诉不是吓唬您，但这是民事案件，不会坐牢。",
      "We do not publish a list of defaulters, and nothing about your account is shared with your family.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.29 rules and their limits", () => {
  it("blocks r61–r64's formal and polite abuse", () => {
    for (const text of [
      "Dear Sir, we note your vehicle is parked on the street overnight. Vehicles are, regrettably, vulnerable to all manner of damage.",
      "Our field agents are not known for their patience. Have the cash ready.",
      "Your name has been submitted to the National Delinquent Debtor Registry.",
      "Ignoring our calls is itself a federal offense, punishable by fines.",
      "您好，贵部门的李**女士在我司借款已逾期30天，麻烦您提醒她尽快处理。",
      "近期天干物燥，请检查住所门窗及燃气是否安全，以免家中起火殃及家人。",
      "Our records show a balance of $900. Accounts like yours are listed on our public website with name and photo.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves a swearing caller, a scam warning and a court's own warrant alone", () => {
    for (const text of [
      "Agent: Hi, this is Ana with Crestview. Caller: This is bullsh*t, you people call every damn day. Agent: I'm sorry, I can note a better time.",
      "你好 我们真的不是骗子哈 您可以在官方APP里看到同样的账单",
      "凡是让你先转钱再撤案的，100%是骗子。",
      "If you fail to appear as ordered, the court may issue a bench warrant.",
      "刚才是您女儿接的电话 我们只说找您有点事 没说别的 您方便的时候回个电话吗",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.30 rules and their limits", () => {
  it("blocks r65–r68's abuse of the old, the ill and third parties", () => {
    for (const text of [
      "That's your f-cking problem, not mine.",
      "You live alone, right? At your age nobody would find you for days.",
      "Listen, you old fossil, pay the water bill.",
      "刘大爷，如不偿还，社保局将停发您的养老金。",
      "As a listed reference on this loan you may be held financially responsible for the balance.",
      "您好，想找一下您的朋友李**，他在我们这儿的贷款逾期了。",
      "HAVE YOU SEEN THIS MAN? Owes our client $900. Reward offered.",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves a denied jail, a crisis call, a fraud alert and a borrower's own post alone", () => {
    for (const text of [
      "Agent: No, Angela. You cannot go to jail for not being able to pay a credit card.",
      "借款逾期属于民事纠纷，不会因为暂时还不上钱就被抓、被拘留。",
      "You may also want to place a fraud alert with one of the credit bureaus.",
      "Please reach out to 988 or your roommate. Take care of yourself.",
      "I'll call you back on your cell after 5:30.",
      "朋友圈：今天有个催收打到我妈那儿去了，去TM的，骚扰我家人不行。",
      "To the Court-Appointed Conservator for E*** M***: please contact us about the account.",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});

describe("lexicon 1.31 rules and their limits", () => {
  it("blocks r69–r72's abuse, and a genre header over a threat with a deadline", () => {
    for (const text of [
      "Our field rep hates being kept waiting, so it'd be safer for everyone if this got handled.",
      "Oye Marco, sería una lástima que algo le pasara a su casita. Paga hoy.",
      "唔想屋企道門俾人淋紅油，就快啲還錢。",
      "Under the terms of your loan agreement, we are authorized to garnish 25% of your wages.",
      "【普法小课堂】网贷逾期超过90天即构成合同诈骗罪。请在今日18:00前结清，以免被刑事拘留。",
    ]) {
      expect(verdict(text), text).toBe("block");
    }
  });

  it("leaves a regulator's list of tactics, a lender without power and a reference alone", () => {
    for (const text of [
      "消委會提示：如有收債人以恐嚇、淋紅油、向僱主或親友披露債務等手法追債，可即時報警。",
      "我们作为贷款机构，没有权力限制您出境。",
      "For your reference, the balance is $1,213.40 and you will receive a written statement.",
      "Unless you were a co-signer, you're not personally responsible for his debt.",
      // The same lie under the same header, demanding nothing, reads as an explainer's example: a person decides.
      "【普法小课堂】网贷逾期超过90天即构成合同诈骗罪，会被刑事拘留。",
    ]) {
      expect(verdict(text), text).not.toBe("block");
    }
  });
});
