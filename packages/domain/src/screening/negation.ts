const SPACE = 0x20;
const COMMA = 0x2c;
const MAX_GAP = 14;
const MAX_HAN_GAP = 8;
const MAX_FILLER_WORDS = 3;
const MAX_SCOPE_GAP = 28;

// Negations that put a whole clause in someone else's mouth ("scammers may pretend to be police
// officers or IRS agents"): what follows them in the clause is described, not claimed or threatened.
const SCOPE_NEGATIONS: readonly string[] = [
  "pretend to be",
  "pretending to be",
  "claim to be",
  "claiming to be",
  "claims to be",
  "posing as",
  "pose as",
  "impersonating",
  "impersonate",
];

// Words that may stand between a negation and what it negates: "we will not ever contact".
const FILLERS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "be",
  "ever",
  "going",
  "to",
  "we",
  "i",
  "us",
  "our",
  "anyone",
  "directly",
  "publicly",
  "also",
  "under",
  "any",
  "circumstances",
  "do",
  "does",
  "did",
]);

function isLatin(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/**
 * Whether a negation ends shortly before `start` in the same clause, so "we will not contact your
 * employer" is a promise rather than a threat; only filler words or a few Chinese characters may
 * stand between them, which keeps "if you don't pay we will tell your boss" a threat.
 */
export function isNegated(units: Uint16Array, start: number, negationEnds: readonly number[]): boolean {
  // negationEnds ascend (the scan reports matches in end order): search back from `start` only.
  let lo = 0;
  let hi = negationEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (negationEnds[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && start - negationEnds[i]! <= MAX_SCOPE_GAP; i--) {
    const end = negationEnds[i]!;
    if (start - end <= MAX_GAP && gapAllowsNegation(units, end, start)) return true;
    if (isScopeNegation(units, end) && !hasClauseBreak(units, end, start)) return true;
  }
  return false;
}

function isScopeNegation(units: Uint16Array, end: number): boolean {
  return SCOPE_NEGATIONS.some((phrase) => {
    const from = end - phrase.length;
    if (from < 0 || (from > 0 && isLatin(units[from - 1]!))) return false;
    for (let i = 0; i < phrase.length; i++) if (units[from + i] !== phrase.charCodeAt(i)) return false;
    return true;
  });
}

function hasClauseBreak(units: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (units[i] === COMMA) return true;
  return false;
}

function gapAllowsNegation(units: Uint16Array, from: number, to: number): boolean {
  let latin = false;
  let han = 0;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (unit === COMMA) return false;
    if (isLatin(unit)) latin = true;
    else if (unit !== SPACE) han++;
  }
  if (!latin) return han <= MAX_HAN_GAP;
  const words = String.fromCharCode(...units.subarray(from, to))
    .split(" ")
    .filter((word) => word !== "");
  return words.length <= MAX_FILLER_WORDS && words.every((word) => FILLERS.has(word));
}
