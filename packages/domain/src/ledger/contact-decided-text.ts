import { REASON_KINDS } from "../policy/vocabulary.js";
import { channels } from "../records/vocabulary.js";
import { DECISIONS, MAX_DECISION_REASONS, MAX_VERSION_LENGTH, RECIPIENTS } from "./entries.js";
import { ENTRY_ID_PATTERN, ENTRY_SLUG_PATTERN, entryInstant } from "./entry-fields.js";

// The pattern the schema checks `at` and `nextAllowedAt` against: Zod's ISO datetime check is this
// pattern alone, and taking it from the schema keeps the two from drifting apart.
const INSTANT_PATTERN = entryInstant._zod.pattern;

/** Each allowed value of an enum with its JSON text: one lookup both checks and encodes it. */
const quoted = (values: readonly string[]) => new Map(values.map((v) => [v, JSON.stringify(v)]));
const CHANNEL_JSON = quoted(channels);
const RECIPIENT_JSON = quoted(RECIPIENTS);
const DECISION_JSON = quoted(DECISIONS);
const REASON_KIND_JSON = quoted(REASON_KINDS);

const FIELDS = new Set([
  "type",
  "v",
  "at",
  "actor",
  "decisionId",
  "accountId",
  "borrowerId",
  "channel",
  "recipient",
  "thirdPartyId",
  "decision",
  "nextAllowedAt",
  "reasons",
  "pack",
]);

type Fields = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** True when every own enumerable key of `value` is in `allowed` (the schema's objects are strict). */
function hasOnly(value: Fields, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** Matches with a pattern whose characters need no escaping in JSON, so the text goes between quotes as is. */
const matches = (value: unknown, pattern: RegExp): value is string =>
  typeof value === "string" && pattern.test(value);

const REASON_FIELDS = new Set(["kind", "rule"]);
const PACK_FIELDS = new Set(["id", "version"]);

function reasonsText(reasons: unknown): string | undefined {
  if (!Array.isArray(reasons) || reasons.length > MAX_DECISION_REASONS) return undefined;
  let out = "[";
  for (let i = 0; i < reasons.length; i++) {
    const reason: unknown = reasons[i];
    if (!isPlainObject(reason) || !hasOnly(reason, REASON_FIELDS)) return undefined;
    const kind = REASON_KIND_JSON.get(reason.kind as string);
    if (kind === undefined || !matches(reason.rule, ENTRY_SLUG_PATTERN)) return undefined;
    out += `${i > 0 ? "," : ""}{"kind":${kind},"rule":"${reason.rule}"}`;
  }
  return `${out}]`;
}

function packText(pack: unknown): string | undefined {
  if (!isPlainObject(pack) || !hasOnly(pack, PACK_FIELDS)) return undefined;
  const { id, version } = pack;
  if (!matches(id, ENTRY_SLUG_PATTERN)) return undefined;
  if (typeof version !== "string" || version.length < 1 || version.length > MAX_VERSION_LENGTH)
    return undefined;
  return `{"id":"${id}","version":${JSON.stringify(version)}}`;
}

/**
 * The canonical text of a `contact.decided` v1 entry, the entry every contact decision appends,
 * checked and written straight from the input: about 0.55 µs against 1.85 µs for the schema's
 * parse and JSON.stringify, which made the encoding most of appendEntries' own cost
 * (bench/ledger/append.bench.ts). Returns undefined whenever it cannot vouch for the entry, valid
 * or not, so the schema decides: this path only ever accepts what the schema accepts, and writes
 * the bytes encodeEntryText's generic path writes (contact-decided-text.test.ts holds both).
 * Members in sorted order; optional members left out when undefined, as JSON.stringify does.
 * Keys are walked with for…in, as Zod's strict check walks them.
 */
export function contactDecidedText(entry: unknown): string | undefined {
  if (!isPlainObject(entry) || entry.type !== "contact.decided" || entry.v !== 1) return undefined;
  if (!hasOnly(entry, FIELDS)) return undefined;
  const { at, actor, decisionId, accountId, borrowerId, thirdPartyId, nextAllowedAt } = entry;
  if (
    !matches(at, INSTANT_PATTERN) ||
    !matches(actor, ENTRY_ID_PATTERN) ||
    !matches(decisionId, ENTRY_ID_PATTERN) ||
    !matches(accountId, ENTRY_ID_PATTERN) ||
    !matches(borrowerId, ENTRY_ID_PATTERN) ||
    (thirdPartyId !== undefined && !matches(thirdPartyId, ENTRY_ID_PATTERN)) ||
    (nextAllowedAt !== undefined && !matches(nextAllowedAt, INSTANT_PATTERN))
  )
    return undefined;
  const channel = CHANNEL_JSON.get(entry.channel as string);
  const recipient = RECIPIENT_JSON.get(entry.recipient as string);
  const decision = DECISION_JSON.get(entry.decision as string);
  if (channel === undefined || recipient === undefined || decision === undefined) return undefined;
  const reasons = reasonsText(entry.reasons);
  const pack = packText(entry.pack);
  if (reasons === undefined || pack === undefined) return undefined;
  return (
    `{"accountId":"${accountId}","actor":"${actor}","at":"${at}","borrowerId":"${borrowerId}"` +
    `,"channel":${channel},"decision":${decision},"decisionId":"${decisionId}"` +
    (nextAllowedAt === undefined ? "" : `,"nextAllowedAt":"${nextAllowedAt}"`) +
    `,"pack":${pack},"reasons":${reasons},"recipient":${recipient}` +
    (thirdPartyId === undefined ? "" : `,"thirdPartyId":"${thirdPartyId}"`) +
    `,"type":"contact.decided","v":1}`
  );
}
