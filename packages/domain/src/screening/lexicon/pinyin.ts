import type { Category, Severity, TermGroup } from "../types.js";

// Toneless pinyin of the characters abusive Chinese terms are built from. Evaders swap one
// character for its pinyin ("坐lao", "曝guang") or write the whole word out ("zuolao").
const PINYIN: Readonly<Record<string, string>> = {
  垃: "la",
  圾: "ji",
  废: "fei",
  物: "wu",
  畜: "chu",
  生: "sheng",
  傻: "sha",
  逼: "bi",
  不: "bu",
  要: "yao",
  脸: "lian",
  狗: "gou",
  东: "dong",
  西: "xi",
  老: "lao",
  赖: "lai",
  贱: "jian",
  人: "ren",
  混: "hun",
  蛋: "dan",
  王: "wang",
  八: "ba",
  渣: "zha",
  败: "bai",
  类: "lei",
  智: "zhi",
  障: "zhang",
  脑: "nao",
  残: "can",
  白: "bai",
  痴: "chi",
  骗: "pian",
  子: "zi",
  杂: "za",
  种: "zhong",
  他: "ta",
  妈: "ma",
  的: "de",
  你: "ni",
  操: "cao",
  草: "cao",
  泥: "ni",
  马: "ma",
  尼: "ni",
  玛: "ma",
  去: "qu",
  日: "ri",
  死: "si",
  全: "quan",
  家: "jia",
  弄: "nong",
  打: "da",
  杀: "sha",
  了: "le",
  砍: "kan",
  收: "shou",
  拾: "shi",
  坐: "zuo",
  牢: "lao",
  拘: "ju",
  留: "liu",
  逮: "dai",
  捕: "bu",
  立: "li",
  案: "an",
  判: "pan",
  刑: "xing",
  抓: "zhua",
  通: "tong",
  缉: "ji",
  犯: "fan",
  罪: "zui",
  诈: "zha",
  报: "bao",
  警: "jing",
  察: "cha",
  公: "gong",
  安: "an",
  法: "fa",
  院: "yuan",
  检: "jian",
  派: "pai",
  出: "chu",
  所: "suo",
  冻: "dong",
  结: "jie",
  查: "cha",
  封: "feng",
  黑: "hei",
  名: "ming",
  单: "dan",
  曝: "bao",
  光: "guang",
  讯: "xun",
  录: "lu",
  朋: "peng",
  友: "you",
  圈: "quan",
  爆: "bao",
  群: "qun",
  发: "fa",
  社: "she",
  局: "ju",
  官: "guan",
  婊: "biao",
  滚: "gun",
  蠢: "chun",
  猪: "zhu",
  屌: "diao",
  雕: "diao",
  沙: "sha",
  叉: "cha",
  货: "huo",
  小: "xiao",
  心: "xin",
  点: "dian",
};

// Latin spellings too short or too common in English to stand for a Chinese word on their own.
const TOO_AMBIGUOUS: ReadonlySet<string> = new Set([
  "ssn",
  "pcs",
  "gaj",
  "tongji",
  "xingshi",
  "bail",
  "zhuan",
  "shes",
  "hund",
  "xxd",
]);

function pinyinOf(ch: string): string | undefined {
  const syllable = PINYIN[ch];
  return syllable === undefined || syllable === "" ? undefined : syllable;
}

/**
 * Spellings of a Chinese term with pinyin standing in for its characters: each character swapped
 * alone ("坐lao", "zuo牢"), the whole word ("zuolao", "zuo lao"), the first syllable then initials ("shab" for
 * 傻逼) and, for three characters or more, the initials ("txl" for 通讯录); so one lexicon entry
 * covers the ways evaders romanise it.
 */
export function pinyinVariants(term: string): string[] {
  const chars = Array.from(term);
  const syllables = chars.map(pinyinOf);
  const out = new Set<string>();
  chars.forEach((_, i) => {
    const syllable = syllables[i];
    if (syllable === undefined || chars.length < 2) return;
    out.add([...chars.slice(0, i), syllable, ...chars.slice(i + 1)].join(""));
  });
  if (syllables.every((s) => s !== undefined)) {
    const whole = syllables.join("");
    if (whole.length >= 5 && !TOO_AMBIGUOUS.has(whole)) {
      out.add(whole);
      out.add(syllables.join(" "));
    }
    const initials = syllables.map((s) => s.charAt(0)).join("");
    const headThenInitials = syllables[0] + initials.slice(1);
    if (headThenInitials.length >= 4 && !TOO_AMBIGUOUS.has(headThenInitials)) out.add(headThenInitials);
    if (chars.length >= 3 && !TOO_AMBIGUOUS.has(initials)) out.add(initials);
  }
  out.delete(term);
  return [...out];
}

/** A term group of the pinyin spellings of `terms`, for the shipped lexicon's romanised evasions. */
export function pinyinGroup(
  rule: string,
  category: Category,
  severity: Severity,
  terms: readonly string[],
): TermGroup {
  return { rule, category, severity, terms: terms.flatMap(pinyinVariants) };
}
