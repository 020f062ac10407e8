import { z } from "zod";

/** The characters of an entry id; none needs escaping in JSON. */
export const ENTRY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** The characters of an entry slug; none needs escaping in JSON. */
export const ENTRY_SLUG_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** A record id (UUID) or a named system actor such as `system`; never a name, phone or email. */
export const entryId = z.string().regex(ENTRY_ID_PATTERN, "must be an id");

/** An instant with its offset, as the API writes them. */
export const entryInstant = z.iso.datetime({ offset: true });

/** A short lowercase code: a rule id, a purpose, a field name. */
export const entrySlug = z.string().regex(ENTRY_SLUG_PATTERN, "must be a lowercase code");

/**
 * The only form personal data may take in a ledger entry: an HMAC-SHA256 under a server key
 * (the server's blind index with kind `ledger`), so the ledger can be published without it.
 */
export const keyedHash = z.string().regex(/^hmac-sha256:[0-9a-f]{64}$/, "must be hmac-sha256:<hex>");

/** A plain SHA-256 digest, for public artefacts (packs, templates, lexicons), never personal data. */
export const contentDigest = z.string().regex(/^sha256:[0-9a-f]{64}$/, "must be sha256:<hex>");

/** Local wall-clock time HH:mm, as borrowers state their hours. */
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm");

/**
 * An object shape with its members listed in sorted order (UTF-16 code units, as canonical JSON
 * sorts). Zod's parse writes members in shape order, so an entry schema built from sorted shapes
 * parses to an object whose JSON.stringify is already canonical: encodeEntry needs no sort.
 * INVARIANT: every object schema in an entry is sorted (entry-codec.test.ts walks them all).
 */
export function sortedShape<S extends z.ZodRawShape>(shape: S): S {
  return Object.fromEntries(Object.entries(shape).sort(([a], [b]) => (a < b ? -1 : 1))) as S;
}

/**
 * The fields every entry has. INVARIANT: a stored shape never changes; a new shape is a new
 * `v` (or a new type) beside the old one, so every entry ever written still decodes.
 */
export function entryShape<T extends string, V extends number, S extends z.ZodRawShape>(
  type: T,
  v: V,
  shape: S,
) {
  return z.strictObject(
    sortedShape({
      type: z.literal(type),
      v: z.literal(v),
      at: entryInstant,
      actor: entryId,
      ...shape,
    }),
  );
}
