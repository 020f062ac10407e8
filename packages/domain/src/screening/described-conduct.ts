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
const EN_FRAMES = [
  // A prohibition: the act is what a rule forbids ("the Code forbids recovery agents from…"), or what
  // third parties are barred from ("online lenders in … are prohibited from…"); never the reader's
  // own ban ("your children will be barred from…", "you are banned from travelling").
  /\b(?:forbids|prohibits|bans|outlaws)\s+(?:\w+\s+){0,3}(?:from|to)\b/iu,
  /\b(?:lenders|agents|collectors|apps|companies|firms|agencies|platforms|staff|operators|creditors|they)\s+(?:\w+\s+){0,4}(?:are|were)\s+(?:prohibited|forbidden|banned|barred|not\s+allowed|not\s+permitted)\s+(?:from|to)\b/iu,
  // A news report or an arrest: the police act on third parties.
  /\b(?:have|has|had)\s+(?:arrested|charged|detained|raided|busted)\b(?!\s+(?:you|your)\b)/iu,
  /\b(?:people|persons|men|women|employees|staff|agents|suspects|operators)\s+(?:accused|suspected)\s+of\b/iu,
  // A scam warning: an authority that never writes, a fake page or message.
  /\b(?:will|would|do|does)\s+never\s+(?:text|call|email|e-mail|message|phone|ask|contact|demand)\b/iu,
  /\ba\s+fake\s+(?:['"‘“]?[\w\s]{1,30}['"’”]?\s+)?(?:page|account|site|website|app|profile|group|message|text|sms|letter|notice|number)\b/iu,
  // Advice to keep evidence and report the act.
  /\b(?:report|reported)\s+(?:violations?|it|them|this|such\s+\w+|any\s+\w+)\s+to\b/iu,
  /\b(?:keep|save)\s+(?:screenshots|evidence|a\s+record|records)\b/iu,
];

const ZH_FRAMES = [
  // A prohibition: 禁止/严禁/不得 with a third party as its object.
  /(?:禁止|严禁|明令禁止)(?:催收|催收员|催收人员|第三方|机构|平台|贷款|网贷|任何)/u,
  // A news report or an arrest.
  /据(?:报道|悉|媒体|新闻|了解)|警方(?:近日|日前|已)?破获|破获(?:一起|了)|名犯罪嫌疑人|犯罪嫌疑人(?:已被|被依法)|团伙/u,
  // Advice to keep evidence and report it.
  /遇到有人|如(?:果)?遇到|保存[^。！？\n]{0,6}证据|投诉或报警|报警或投诉/u,
  // A legal lesson: the elements a crime needs, stated as its condition (…超过三个月仍不归还，并达到一定数额
  // 标准，才可能构成信用卡诈骗罪), where an accusation says it is one (你已经构成诈骗罪).
  /(?:才|方)(?:可能|会|能|可|可以)?构成|构成要件/u,
  // A lender's remedy against a third party it answers for.
  /(?:已|已经)(?:终止|解除|停止)[^。！？\n]{0,8}合作|(?:已|已经)(?:全部|全数)?删除|向监管部门报告|外包催收员[^。！？\n]{0,20}一事/u,
];

const FRAMES: readonly RegExp[] = [...EN_FRAMES, ...ZH_FRAMES];

// A sentence ends at the marks sentence-bounds.ts reads; kept in step with it.
const SENTENCE_END = /[。．！？!?\n;；]|\.\s/gu;

// The last index in the ascending `values` that is <= `at`, or -1.
function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Answers, for any original index of `text`, whether the sentence holding it frames its act as
 * someone else's conduct, by one of the frames above. Built once per message and asked per finding:
 * it finds sentence ends on the first question and reads each asked sentence at most once, so a long
 * text with many findings stays linear (plus a log factor) and a sentence without findings is never
 * read. The caller still requires that the sender not speak in its own voice there.
 */
export function conductFrames(text: string): (at: number) => boolean {
  // Sentence starts and ends in ascending order: ends[i] closes the sentence that starts[i] opens.
  let starts: number[] | undefined;
  const ends: number[] = [];
  const framed = new Map<number, boolean>();
  return (at) => {
    if (starts === undefined) {
      starts = [0];
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
        ends.push(m.index);
        starts.push(m.index + m[0].length);
      }
      ends.push(text.length);
    }
    const sentence = lastAtOrBefore(starts, at);
    let known = framed.get(sentence);
    if (known === undefined) {
      const own = text.slice(starts[sentence], ends[sentence]);
      known = FRAMES.some((frame) => frame.test(own));
      framed.set(sentence, known);
    }
    return known;
  };
}

/** Whether the sentence holding original index `at` frames its act as someone else's conduct. */
export function describesConduct(text: string, at: number): boolean {
  return conductFrames(text)(at);
}
