import type { TermGroup } from "../types.js";

/**
 * Terms added in 1.20 (rounds r33 and r34):
 * - **obscenity**: Singlish and Hokkien vulgarities in Latin letters (knn, kanina, cheebye, lanjiao);
 *   "cb" alone is also "call back", so it goes to review;
 * - **veiled threats**: harm that "tends to happen" to people who make enemies, what "happens to people
 *   who" dodge the sender, finding the reader "myself", legs broken in chat spelling ("get your legs
 *   broke"); 刀子不长眼 and its kin (拳头不长眼), and Cantonese "don't blame anyone" (唔好怪人, 唔好怪我),
 *   the counterpart of 别怪我;
 * - **insult in a friendly register**: the reader unable to manage money "like a normal adult", told to
 *   "let a grown-up handle" it; 您父母从小就是这么教您的, 这么大的人了连…都.
 */
export const termsV21: readonly TermGroup[] = [
  {
    rule: "en-singlish-obscenity-v21",
    category: "obscenity",
    severity: "block",
    terms: [
      "knn",
      "kanina",
      "kan ni na",
      "kannina",
      "knnbccb",
      "cheebye",
      "chee bye",
      "cibai",
      "ci bai",
      "chibai",
      "lanjiao",
      "lan jiao",
      "nabei",
    ],
  },
  {
    rule: "en-singlish-obscenity-review-v21",
    category: "obscenity",
    severity: "review",
    terms: ["cb"],
  },
  {
    rule: "en-veiled-threat-v21",
    category: "threat",
    severity: "block",
    terms: [
      "accidents tend to happen",
      "accidents tend to happen to",
      "accidents happen to people who",
      "accidents happen to those who",
      "accidents happen to people like",
      "people who make enemies",
      "you know what happens to people who",
      "you know what happens to those who",
      "you know what happens to people like",
      "we all know what happens to people who",
      "i come find you",
      "come find you myself",
      "find you myself",
      "i'll come find you",
      "i will come find you",
      "never walk right",
      "never walk again",
      "legs broke",
      "legs broken",
      "your legs broke",
      "kneecap",
      "kneecaps",
      "kneecapped",
      "break his legs",
      "break her legs",
      "break his knees",
      "break her knees",
    ],
  },
  {
    rule: "zh-veiled-threat-v21",
    category: "threat",
    severity: "block",
    terms: [
      "刀子不长眼",
      "刀子可不长眼",
      "刀枪不长眼",
      "拳头不长眼",
      "棍子不长眼",
      "唔好怪人",
      "唔好怪我",
      "唔好怪我们",
      "唔好话我没提醒",
      "唔好讲我没提醒",
      "到时唔好怪",
    ],
  },
  {
    rule: "en-insult-adult-v21",
    category: "insult",
    severity: "block",
    terms: [
      "like a normal adult",
      "like a functioning adult",
      "like a grown adult",
      "like a real adult",
      "let a grown-up handle",
      "let a grown up handle",
      "let an adult handle",
      "let the grown-ups handle",
      "let the adults handle",
    ],
  },
  {
    rule: "zh-insult-upbringing-v21",
    category: "insult",
    severity: "block",
    terms: [
      "从小就是这么教你的",
      "就是这么教你的",
      "从小没人教你",
      "你爸妈没教你",
      "你父母没教你",
      "你父母没教过你",
      "你爸妈没教过你",
      "家里没教过你",
    ],
  },
];
