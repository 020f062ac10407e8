import { fromUtf8, utf8 } from "./bytes.js";
import { contactDecidedText } from "./contact-decided-text.js";
import { type LedgerEntry, ledgerEntry } from "./entries.js";

/**
 * Canonical JSON (canonical-json.ts) of an entry the schema returned: its objects hold their
 * members in sorted order (entry-fields.ts `sortedShape`) and only JSON values, so plain
 * JSON.stringify writes the canonical text, flat, at under half the cost of the generic encoder
 * (bench/ledger/append.bench.ts). entry-codec.test.ts holds the two equal.
 */
const canonicalText = (parsed: LedgerEntry): string => JSON.stringify(parsed);

/**
 * The leaf bytes of an entry: validated, then canonical JSON in UTF-8. An invalid entry is a
 * programmer error and throws, so nothing unvalidated is ever committed to the tree.
 */
export function encodeEntry(entry: LedgerEntry): Uint8Array {
  return utf8(encodeEntryText(entry));
}

/**
 * The same canonical encoding as text, for stores that keep entries as text (no UTF-8 round trip).
 * The hot entry type has a direct path; anything it does not vouch for goes through the schema.
 */
export function encodeEntryText(entry: LedgerEntry): string {
  return contactDecidedText(entry) ?? canonicalText(ledgerEntry.parse(entry));
}

/** The outcome of reading leaf bytes. */
export type EntryDecode = { ok: true; entry: LedgerEntry } | { ok: false; problem: string };

/** Reads leaf bytes: valid UTF-8, valid JSON, a known entry shape, and in canonical form. */
export function decodeEntry(bytes: Uint8Array): EntryDecode {
  const text = fromUtf8(bytes);
  if (text === undefined) return { ok: false, problem: "entry is not UTF-8" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "entry is not JSON" };
  }
  const parsed = ledgerEntry.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `entry does not match its schema at \`${issue?.path.join(".")}\`: ${issue?.message}`,
    };
  }
  // INVARIANT: one entry has one encoding, so its leaf hash is a function of its meaning.
  if (canonicalText(parsed.data) !== text) return { ok: false, problem: "entry is not in canonical form" };
  return { ok: true, entry: parsed.data };
}
