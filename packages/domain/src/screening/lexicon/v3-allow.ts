/**
 * Legitimate language added in 1.2: a borrower's own wishes, which a veiled threat borrows the
 * words of, and scam warnings and court procedure named as what they are.
 */
export const allowPhrasesV3: readonly string[] = [
  "有骗子",
  "谨防骗子",
  "小心骗子",
  "骗子冒充",
  "骗子假冒",
  "骗子自称",
  "以法院送达",
  "法院送达的",
  "法院依法送达",
  "if you don't want me to",
  "if you don't want us to",
  "if you do not want us to",
  "if you do not want me to",
];

/**
 * Negations added in 1.2: reported speech of what scammers and rogue collectors claim or threaten
 * ("不法分子冒充我司，声称已立案", "we will never threaten you with arrest or jail"), which negation.ts
 * reads as covering the rest of the clause.
 */
export const negationWordsV3: readonly string[] = [
  "声称",
  "谎称",
  "宣称",
  "假称",
  "诈称",
  "假扮",
  "冒名",
  "threaten you with",
  "threatened with",
  "threatens you with",
  "threatening you with",
  "threats of",
];

/**
 * Words that, after a promise not to do something, take the promise back on a condition of
 * non-payment ("我们不会上门，除非你继续装死", "we won't call your boss unless you keep dodging us"):
 * the promise becomes the threat.
 */
export const unlessWords: readonly string[] = [
  "除非你继续",
  "除非你再",
  "除非你还是",
  "除非你还不",
  "除非你不",
  "除非你一直",
  "除非你敢",
  "要是你再",
  "如果你再",
  "unless you keep",
  "unless you continue",
  "unless you don't",
  "unless you do not",
  "unless you refuse",
  "unless you ignore",
  "unless you fail",
  "unless you stop",
  "unless we don't",
  "unless i don't",
  "but if you don't",
  "but if you keep",
  // A promise kept only while the borrower pays, or only for now, is the same threat.
  "只要你",
  "只要您",
  "前提是你",
  "前提是您",
  "as long as you",
  "so long as you",
  "provided you",
  "if you pay",
  "if you settle",
  "if you clear",
  "yet",
  "for now",
];
