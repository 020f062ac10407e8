import type { PersonalDataCodec } from "./personal-data-codec.js";

/** Replaces a personal value with a token an auditor can follow across records but never reverse. */
export type Pseudonymize = (ownerId: string, field: string, value: string) => string;

/**
 * Pseudonyms stable per auditor: the same value shows the same token to the
 * same auditor, different tokens to different auditors, and no key but the
 * server's blind-index key links a token to a value.
 */
export function pseudonymsFor(codec: PersonalDataCodec, viewerId: string): Pseudonymize {
  return (ownerId, field, value) =>
    `P-${codec.blindIndex("pseudonym", `${viewerId}\u0000${ownerId}\u0000${field}\u0000${value}`).slice(0, 12)}`;
}
