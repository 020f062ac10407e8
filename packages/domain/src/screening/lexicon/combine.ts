/** Every verb followed by every object; lexicon data uses it for "通知/告诉/联系 × 你家人/你单位" lists. */
export function combine(verbs: readonly string[], objects: readonly string[], joiner = ""): string[] {
  return verbs.flatMap((verb) => objects.map((object) => `${verb}${joiner}${object}`));
}
