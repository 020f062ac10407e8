import type { Category, Severity, TermGroup } from "../types.js";

// Characters evaders swap for a same-sounding one so a filter keyed on the real word misses it
// ("沙雕" for 傻屌, "辣鸡" for 垃圾, "你吗的" for 你妈的, "制杖" for 智障). Only swaps that are rare
// in ordinary text are listed: 死 → 四 would turn "去死" into "去四川".
const HOMOPHONES: Readonly<Record<string, readonly string[]>> = {
  傻: ["沙", "煞"],
  逼: ["比", "笔", "币", "批", "哔", "屄"],
  屌: ["雕", "吊", "叼"],
  操: ["草", "艹", "曹", "槽", "肏", "糙"],
  妈: ["马", "吗", "嘛", "麻", "玛", "码"],
  你: ["尼", "泥", "拟"],
  的: ["滴"],
  贱: ["剑", "践"],
  婊: ["表", "裱"],
  狗: ["苟"],
  蛋: ["旦"],
  垃: ["辣", "拉"],
  圾: ["鸡", "基", "叽"],
  智: ["制", "治"],
  障: ["杖", "帐"],
  残: ["蚕", "惨"],
  脑: ["恼"],
  废: ["费", "肺"],
  猪: ["朱"],
  杂: ["砸"],
  种: ["肿"],
  畜: ["触"],
  牲: ["生"],
  滚: ["衮"],
  赖: ["癞", "籁"],
  渣: ["喳", "楂"],
};

// Keeps a product of swaps from exploding on a long term; real evasions swap one or two characters.
const MAX_VARIANTS = 400;

/**
 * Spellings of a Chinese term with characters swapped for homophones. A two-character term is
 * respelled only with every swappable character swapped: one swap in two characters too often
 * makes an everyday word ("马的" in "骑马的" for 妈的), while "马滴" and "沙雕" are deliberate.
 */
export function homophoneVariants(term: string): string[] {
  const chars = Array.from(term);
  const choices = chars.map((ch) => HOMOPHONES[ch] ?? []);
  const everySwapped = chars.length <= 2;
  let partial: { text: string; swapped: boolean }[] = [{ text: "", swapped: false }];
  chars.forEach((ch, i) => {
    const swaps = choices[i]!;
    const next: { text: string; swapped: boolean }[] = [];
    for (const prefix of partial) {
      if (!(everySwapped && swaps.length > 0)) next.push({ text: prefix.text + ch, swapped: prefix.swapped });
      for (const swap of swaps) next.push({ text: prefix.text + swap, swapped: true });
    }
    partial = next.slice(0, MAX_VARIANTS);
  });
  return partial.filter((variant) => variant.swapped).map((variant) => variant.text);
}

/** A term group of the homophone spellings of `terms`, for the shipped lexicon's sound-alike evasions. */
export function homophoneGroup(
  rule: string,
  category: Category,
  severity: Severity,
  terms: readonly string[],
): TermGroup {
  return { rule, category, severity, terms: terms.flatMap(homophoneVariants) };
}
