// The writer names themself as the borrower's relative at the start of the message ("我是张伟的妻子",
// "I'm the borrower's husband", "I am writing about my mother"). "我是你爸爸" is an insult, not a
// relative writing in, so the person named may not be the reader. "This is his wife." opening the
// message (1.21) is the same introduction.
const ZH_KIN =
  "妻子|丈夫|老婆|老公|爱人|爸爸|妈妈|父亲|母亲|女儿|儿子|姐姐|妹妹|哥哥|弟弟|家属|亲属|姐|妹|哥|弟|媽媽|爸|妈";
const EN_KIN =
  "husband|wife|partner|mother|father|mum|mom|dad|son|daughter|sister|brother|carer|caregiver|aunt|uncle|grandson|granddaughter";
const ZH_SELF = new RegExp(
  `^[^。！？]{0,16}?我是(?![你您])(?:借款人)?[^，。！？\\s你您]{0,6}?的?(?:${ZH_KIN})`,
);
const EN_SELF = new RegExp(
  `\\b(?:I'm|I am) (?:the borrower's|the account holder's|the customer's|[A-Z][a-z]+(?: [A-Z][a-z]+)?'s|his|her) (?:${EN_KIN})\\b|\\b(?:I am|I'm) writing (?:about|on behalf of) my (?:${EN_KIN})\\b|^(?:[^.!?]{0,20})\\b[Mm]y (?:${EN_KIN}) is the borrower\\b|^(?:(?:Hi|Hello|Hey)[,!]? )?[Tt]his is (?:his|her|the borrower's|the account holder's) (?:${EN_KIN})\\b`,
);
// Only the opening is read: the writer introduces themself there, and the screen stays linear.
const OPENING = 120;

/** Whether the message opens with its writer naming themself as the borrower's relative. */
export function writesAsRelative(text: string): boolean {
  const opening = text.slice(0, OPENING);
  return ZH_SELF.test(opening) || EN_SELF.test(opening);
}
