/**
 * Frames that make the abusive act in their sentence someone else's conduct, described rather than
 * done to the reader: the act is the object of a prohibition ("forbids recovery agents from…", "are
 * prohibited from…", 禁止催收员…), of a news report or an arrest ("Police … have arrested three people
 * accused of…", 据报道, 警方破获, 12名犯罪嫌疑人), of a scam warning ("the IRS … will never text you",
 * "a fake 'Wall of Shame' page"), of advice to keep evidence and report it (遇到有人…, 请保存截图证据,
 * 投诉或报警), or of a lender's remedy against a third party (已终止与该机构的合作, 相关图片已全部删除).
 * Each names a third party as the actor or the sender as the one who stops it; none is how a
 * collector menaces a borrower.
 */
import { splitSentences } from "./sentence-bounds.js";
import { firstAtOrAfter } from "./span-search.js";

const EN_FRAMES = [
  // A prohibition: the act is what a rule forbids ("the Code forbids recovery agents from…"), or what
  // third parties are barred from ("online lenders in … are prohibited from…"); never the reader's
  // own ban ("your children will be barred from…", "you are banned from travelling").
  /\b(?:forbids|prohibits|bans|outlaws)\s+(?:\w+\s+){0,3}(?:from|to)\b/iu,
  /\b(?:lenders|agents|collectors|apps|companies|firms|agencies|platforms|staff|operators|creditors|they)\s+(?:\w+\s+){0,4}(?:are|were)\s+(?:prohibited|forbidden|banned|barred|not\s+allowed|not\s+permitted)\s+(?:from|to)\b/iu,
  // A news report or an arrest: the police act on third parties.
  /\b(?:have|has|had)\s+(?:arrested|charged|detained|raided|busted)\b(?!\s+(?:you|your)\b)/iu,
  /\b(?:people|persons|men|women|employees|staff|agents|suspects|operators)\s+(?:accused|suspected)\s+of\b/iu,
  // 1.19: lenders or apps accused ("Some digital lending apps have been accused of harassing borrowers").
  /\b(?:apps|lenders|companies|collectors|firms|agencies|platforms)\s+(?:have|had)\s+been\s+accused\s+of\b/iu,
  // A scam warning: an authority that never writes, a fake page or message.
  /\b(?:will|would|do|does)\s+never\s+(?:text|call|email|e-mail|message|phone|ask|contact|demand)\b/iu,
  /\ba\s+fake\s+(?:['"‘“]?[\w\s]{1,30}['"’”]?\s+)?(?:page|account|site|website|app|profile|group|message|text|sms|letter|notice|number)\b/iu,
  // Advice to keep evidence and report the act.
  /\b(?:report|reported)\s+(?:violations?|it|them|this|such\s+\w+|any\s+\w+)\s+to\b/iu,
  /\b(?:keep|save)\s+(?:screenshots|evidence|a\s+record|records)\b/iu,
  // 1.17: a third party's past conduct narrated ("that collector called her a deadbeat", "Your agents
  // have repeatedly threatened to have my client arrested"), a complaint or indictment's allegations
  // ("According to the complaint, collectors falsely told consumers…"), the news ("you all see the
  // news or not, … kena arrested"), and a warning not to believe what others say.
  /\b(?:collector|collectors|agent|agents|caller|callers|recovery\s+agent|loan\s+shark|guy|dude|lady)\s+(?:\w+\s+){0,2}(?:called|told|threatened|texted|harassed|messaged|rang|cursed)\s+(?:her|him|them|his|their)\b/iu,
  /\byour\s+(?:agents?|collectors?|employees?|staff|representatives?|callers?|company|office|firm)\s+(?:\w+\s+){0,2}(?:have|has|had)\s+(?:\w+\s+){0,2}(?:threatened|disclosed|called|contacted|used|told|harassed|sent)\b/iu,
  /\baccording\s+to\s+(?:the|a|an|its|their)\s+(?:complaint|indictment|lawsuit|filing|charges|police|prosecutors|court\s+papers)\b/iu,
  /\bfalsely\s+(?:told|claimed|said|stated|threatened|represented)\b/iu,
  /\b(?:see|saw|seen|read|watch|watched)\s+(?:the\s+)?news\b|\b(?:on|in)\s+the\s+news\b|\bkena\s+(?:arrested|caught|charged|jailed)\b/iu,
  /\b(?:don't|do\s+not|never)\s+(?:believe|trust)\s+(?:anyone|anybody|someone|people|callers?|texts?|messages?|emails?)\b/iu,
  // 1.20: an authority acting against collectors ("State attorney general sues collection agency over
  // calls that threatened jail"), conduct told in a past relative clause ("calls that threatened…"),
  // and a third party's words named as theirs ("The collector's statement that you could go to jail
  // was false").
  /\b(?:sues|sued|suing|fines|fined|settles\s+with|settled\s+with|files\s+suit\s+against|filed\s+suit\s+against|takes\s+action\s+against|took\s+action\s+against|shuts\s+down|shut\s+down)\s+(?:\w+\s+){0,3}(?:agency|agencies|collectors?|lenders?|company|companies|firms?|apps?|servicers?)\b/iu,
  /\b(?:calls|texts|messages|letters|emails|posts|practices|tactics)\s+that\s+(?:threatened|posted|harassed|disclosed|shamed|falsely)\b/iu,
  /\b(?:collector|agent|caller|representative|rep|employee)['’]s\s+(?:statement|claim|comment|remark|threat|suggestion|assertion|words)\b/iu,
  // 1.21: what insiders told the press ("Former employees … told reporters they were coached to hint at
  // arrest"), staff trained or pressed into a tactic, and a third party sentenced or convicted for
  // one ("a former collector was sentenced for impersonating a sheriff's deputy"); never the reader.
  /\btold\s+(?:reporters|journalists|the\s+press|investigators|regulators|the\s+newspaper)\b/iu,
  /\b(?:they|agents|collectors|employees|staff|workers|callers|recruits)\s+(?:were|had\s+been)\s+(?:coached|trained|instructed|pressured|encouraged|told)\s+to\b/iu,
  /\b(?:collector|collectors|agent|agents|employee|employees|owner|owners|manager|managers|operator|operators|caller|callers|man|woman|men|women|suspects?|defendants?)\s+(?:\w+\s+){0,3}(?:was|were|has\s+been|have\s+been)\s+(?:sentenced|convicted|jailed|imprisoned|indicted|fined)\b/iu,
  // 1.22: the police arresting a number or a class of people, in the news's simple past ("Police in
  // Selangor arrested five men linked to…"), never the reader or the reader's own; and texts of a kind
  // named as scams ("texts saying \"…\" are scams").
  /\b(?:police|authorities|officers|cops)\s+(?:\w+\s+){0,3}(?:arrested|detained|raided|busted|nabbed)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|members|men|women|people|suspects|operators|collectors|agents|employees)\b/iu,
  /\b(?:texts|messages|calls|emails|letters|callers|voicemails)\s+(?:saying|claiming|that\s+say|that\s+claim)\b.{0,200}?\b(?:are|is)\s+(?:all\s+)?(?:a\s+)?(?:scams?|fraud|fraudulent|fake)\b(?!\s+artists?)/iu,
];

const ZH_FRAMES = [
  // A prohibition: 禁止/严禁/不得 with a third party as its object.
  /(?:禁止|严禁|明令禁止)(?:催收|催收员|催收人员|第三方|机构|平台|贷款|网贷|任何)/u,
  // A news report or an arrest.
  /据(?:报道|悉|媒体|新闻|了解)|警方(?:近日|日前|已)?破获|破获(?:一起|了)|名犯罪嫌疑人|犯罪嫌疑人(?:已被|被依法)|团伙|媒体曝光[:：]|(?:已|已经)约谈|责令整改/u,
  // Advice to keep evidence and report it.
  /遇到有人|如(?:果)?遇到|保存[^。！？\n]{0,6}证据|投诉或报警|报警或投诉/u,
  // 1.19: a warning about others acting in the lender's name (如您发现有人以我司名义…，请立即截图举报).
  /如(?:果)?(?:您|你)?发现有人|有人(?:冒用|假冒|冒充)?以(?:我司|本公司|我们|本平台|我行)(?:的)?名义|截图(?:并)?举报/u,
  // A legal lesson: the elements a crime needs, stated as its condition (…超过三个月仍不归还，并达到一定数额
  // 标准，才可能构成信用卡诈骗罪), where an accusation says it is one (你已经构成诈骗罪).
  /(?:才|方)(?:可能|会|能|可|可以)?构成|构成要件/u,
  // A lender's remedy against a third party it answers for.
  /(?:已|已经)(?:终止|解除|停止)[^。！？\n]{0,8}合作|(?:已|已经)(?:全部|全数)?删除|向监管部门报告|外包催收员[^。！？\n]{0,20}一事/u,
  // 1.17: the act called unlawful or an empty scare (爆通讯录本身就是违法的, 都是吓唬人的), news of a raid
  // (刚看新闻…被端了，抓了20多个人), a lawyer's letter to the
  // collector about what its staff did (…以“拘留”“上门”相威胁；上述行为已涉嫌违法), and a warning not to
  // believe others (请不要相信任何人说…).
  /(?:本身)?就?是违法的|属于违法|是违法行为|都是吓唬|吓唬人的/u,
  /看(?:了)?新闻|新闻(?:说|报道)|被(?:警方)?(?:端了|端掉|刑拘|抓获)|抓了[\d一二三四五六七八九十几多]+/u,
  /以[^。！？\n]{0,24}相威胁|上述(?:行为|情形)/u,
  /(?:不要|别|切勿|请勿|千万别|千万不要)(?:相信|轻信|理会|听信)/u,
];

// The writer as the one the act was done to (…那个催收的天天打电话还骂我说我是老赖, "dude literally told my
// manager i owe money"): a borrower telling others, in the first person singular, what a collector did.
// The sentence says "I" because the writer is the victim, so no own-voice check applies.
const VICTIM_FRAMES: readonly RegExp[] = [
  /\b(?:collector|collectors|agent|caller|recovery\s+agent|loan\s+shark|guy|dude|lady|he|she)\s+(?:\w+\s+){0,2}(?:told|called|threatened|texted|harassed|messaged|rang|cursed|yelled\s+at)\s+(?:me|my)\b/iu,
  /(?:催收的|催收员|催收人员|那个催收|对方|那人|那个人)[^。！？\n]{0,24}(?:骂我|说我是|威胁我|吓唬我|恐吓我)/u,
  // 1.21: the lender's own staff, as the borrower writing to it names them (你们的人半夜…骂我老赖).
  /(?:你们的人|你们公司的人|你们(?:的)?员工|你们(?:的)?催收|你们(?:的)?业务员|你们(?:的)?客服)[^。！？\n]{0,24}(?:骂我|说我是|威胁我|吓唬我|恐吓我)/u,
];

const FRAMES: readonly RegExp[] = [...EN_FRAMES, ...ZH_FRAMES];

// The same frames, read faster: the English ones under `i` alone, each kind joined into one pattern.
// With `iu`, V8 read every sentence about ten times slower, and the two flags differ only on the two
// characters Unicode folds to ASCII letters (ſ to s, the Kelvin sign K to k, both \w under `iu`); a
// sentence holding either is read with the frames as written. Astral characters match none of the
// English frames' characters under either flag. A joined pattern matches where one of its parts does.
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

function fast(frames: readonly RegExp[]): readonly RegExp[] {
  const join = (parts: readonly RegExp[], flags: string) =>
    parts.length === 0 ? [] : [new RegExp(parts.map((frame) => `(?:${frame.source})`).join("|"), flags)];
  return [
    ...join(
      frames.filter((frame) => frame.flags === "iu"),
      "i",
    ),
    ...join(
      frames.filter((frame) => frame.flags === "u"),
      "u",
    ),
  ];
}

function withFlags(frames: readonly RegExp[]): readonly RegExp[] {
  const other = frames.find((frame) => frame.flags !== "iu" && frame.flags !== "u");
  if (other !== undefined)
    throw new Error(`frame /${other.source}/${other.flags}: only iu and u are read fast`);
  return frames;
}

const FAST_FRAMES = fast(withFlags(FRAMES));
const FAST_VICTIM_FRAMES = fast(withFlags(VICTIM_FRAMES));

/**
 * The frames above and the victim's narrative (`VICTIM_FRAMES`), over one shared split into sentences:
 * `framed(at)` whether the sentence holding `at` frames its act as someone else's conduct (the caller
 * still requires that the sender not speak in its own voice there), `victim(at)` whether a collector
 * did something to the writer in it. Built once per message and asked per finding: each kind reads an
 * asked sentence at most once, and a sentence without findings is never read, so a long text stays linear.
 */
export function sentenceFrames(text: string): {
  framed: (at: number) => boolean;
  victim: (at: number) => boolean;
} {
  // Split on the first question only: a message whose findings ask nothing is never split.
  let sentences: { starts: number[]; ends: number[] } | undefined;
  const sentenceOf = (at: number): number => {
    sentences ??= splitSentences(text);
    return firstAtOrAfter(sentences.starts, at + 1) - 1;
  };
  const asker = (frames: readonly RegExp[], quick: readonly RegExp[]) => {
    const known = new Map<number, boolean>();
    return (at: number): boolean => {
      const sentence = sentenceOf(at);
      let hit = known.get(sentence);
      if (hit === undefined) {
        const own = text.slice(sentences!.starts[sentence], sentences!.ends[sentence]);
        hit = (FOLDS_TO_ASCII.test(own) ? frames : quick).some((frame) => frame.test(own));
        known.set(sentence, hit);
      }
      return hit;
    };
  };
  return { framed: asker(FRAMES, FAST_FRAMES), victim: asker(VICTIM_FRAMES, FAST_VICTIM_FRAMES) };
}
