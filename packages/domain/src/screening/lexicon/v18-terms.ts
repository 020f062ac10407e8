import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.17 (rounds r25, chat and social, and r26, letters and notices):
 * - **veiled threats**: the next visit "won't be a friendly one", "think about them before you miss",
 *   "can't be held responsible for what happens", pets that "might not come home", "pulling up to
 *   your yard", "come find you at", Tagalog "baka may mangyari"; 下次就没这么简单, 难保…平安;
 * - **livelihood**: "people have lost their jobs over", "what kind of person it employs", 确保您失去这份工作;
 * - **false legal claims**: "avoid sentencing", a hold on the passport, "stopped at the airport";
 * - **insult and obscenity**: "embarrassing failure", "no job no money no brain", 无药可救, 智商有限,
 *   装什么白富美; "work it off on her back", 去做鸡还债.
 */
export const termsV18: readonly TermGroup[] = [
  {
    rule: "en-veiled-threat-v18",
    category: "threat",
    severity: "block",
    terms: [
      ...combine(
        ["next visit won't be", "next visit will not be", "next visit wont be", "next time won't be"],
        ["a friendly one", "so friendly", "as friendly", "friendly"],
        " ",
      ),
      ...combine(
        ["think about them", "think of them", "think about your kids", "think about your children"],
        ["before you miss", "before you skip", "before you ignore"],
        " ",
      ),
      ...combine(
        [
          "cannot be held responsible",
          "can't be held responsible",
          "not be held responsible",
          "not responsible",
        ],
        ["for what happens", "for whatever happens", "for anything that happens"],
        " ",
      ),
      ...combine(
        ["your dog", "your cat", "your pet", "ur dog", "ur cat", "ur pet"],
        [
          "might not come home",
          "may not come home",
          "won't come home",
          "might go missing",
          "could go missing",
        ],
        " ",
      ),
      ...combine(
        ["pulling up to", "pull up to", "pulling up on", "pull up on", "coming to", "come to"],
        ["your yard", "ur yard", "your ends", "your crib", "ur crib", "your gaff"],
        " ",
      ),
      ...combine(
        ["go find you at", "come find you at", "go and find you at", "come and find you at"],
        [""],
        "",
      ),
      ...combine(
        ["we know where", "i know where"],
        ["yo mama", "yo mom", "yo momma", "yo family", "yo kids", "ur mom", "ur family", "ur kids"],
        " ",
      ),
      "baka may mangyari",
      "may mangyari sa'yo",
      "may mangyari sayo",
      "people have lost their jobs over",
      "lost their jobs over far less",
      "what kind of person it employs",
      "what kind of person they employ",
      "stationing representatives outside",
      "station representatives outside",
      "stationing people outside",
    ],
  },
  {
    rule: "zh-veiled-threat-v18",
    category: "threat",
    severity: "block",
    terms: [
      ...combine(["下次", "下回", "再不还"], ["就不只是", "就没这么简单", "就没那么简单", "可就不是"], ""),
      ...combine(["难保", "不保证"], ["出入平安", "家人平安", "平平安安", "人身安全"], ""),
      ...combine(["难保台端", "难保您", "难保你", "難保台端"], ["及家人"], ""),
      ...combine(
        ["确保您", "确保你", "确保台端", "让您", "让你"],
        ["失去这份工作", "丢掉工作", "丢了工作", "丢掉这份工作"],
        "",
      ),
      "難保台端及家人",
      "无法正常营业为止",
      "直至贵店",
      "至贵店无法",
    ],
  },
  {
    rule: "en-false-legal-v18",
    category: "false_legal_claim",
    severity: "block",
    terms: [
      "avoid sentencing",
      "avoid being sentenced",
      "avoid your sentencing",
      "hold on your passport",
      "hold has been placed on your passport",
      "hold has now been placed on your passport",
      "stopped at the airport",
      "stopped at the border",
    ],
  },
  {
    rule: "en-insult-v18",
    category: "insult",
    severity: "block",
    terms: [
      "embarrassing failure",
      "such a failure",
      "what a failure",
      "you're a failure",
      "ur a failure",
      "no job no money",
      "no money no brain",
      "no brain",
      "ur so mid",
      "you're so mid",
    ],
  },
  {
    rule: "zh-insult-v18",
    category: "insult",
    severity: "block",
    terms: ["无药可救", "智商有限", "贴在脑门上", "装什么白富美", "装什么富婆", "装什么有钱人", "装什么大款"],
  },
  {
    rule: "obscenity-v18",
    category: "obscenity",
    severity: "block",
    terms: [
      ...combine(["work it off", "pay it off", "pay it", "earn it"], ["on her back", "on your back"], " "),
      "去做鸡",
      "做鸡还债",
      "卖身还债",
      "卖淫还债",
    ],
  },
];
