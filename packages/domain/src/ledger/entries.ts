import { z } from "zod";
import { REASON_KINDS } from "../policy/vocabulary.js";
import {
  accountStatuses,
  channels,
  contactOutcomes,
  holdKinds,
  holdStates,
  jurisdictions,
  roles,
  thirdPartyRelations,
  thirdPartySources,
} from "../records/vocabulary.js";
import {
  contentDigest,
  entryId,
  entryInstant,
  entryShape,
  entrySlug,
  keyedHash,
  localTime,
} from "./entry-fields.js";

// INVARIANT: the vocabulary lists these schemas use may only grow, never lose a value.
const nullableId = entryId.nullable();
const window = z.strictObject({ from: localTime, to: localTime });

/** Whom a contact decision is about reaching. */
export const RECIPIENTS = ["borrower", "third_party"] as const;

/** What a contact decision can say. */
export const DECISIONS = ["allow", "defer", "deny"] as const;

/** The most reasons one contact decision records. */
export const MAX_DECISION_REASONS = 64;

/** The longest version string of a pack, lexicon or other published artefact. */
export const MAX_VERSION_LENGTH = 40;
const version = z.string().min(1).max(MAX_VERSION_LENGTH);

/** Every ledger entry shape: namespaced past-tense types, each versioned, strict (unknown fields fail). */
export const ledgerEntry = z.discriminatedUnion("type", [
  entryShape("contact.decided", 1, {
    decisionId: entryId,
    accountId: entryId,
    borrowerId: entryId,
    channel: z.enum(channels),
    recipient: z.enum(RECIPIENTS),
    thirdPartyId: entryId.optional(),
    decision: z.enum(DECISIONS),
    nextAllowedAt: entryInstant.optional(),
    reasons: z
      .array(z.strictObject({ kind: z.enum(REASON_KINDS), rule: entrySlug }))
      .max(MAX_DECISION_REASONS),
    pack: z.strictObject({ id: entrySlug, version }),
  }),
  entryShape("contact.outcome_recorded", 1, {
    decisionId: entryId,
    accountId: entryId,
    borrowerId: entryId,
    outcome: z.enum(contactOutcomes),
  }),
  entryShape("hold.recorded", 1, {
    holdId: entryId,
    borrowerId: entryId,
    accountId: nullableId,
    kind: z.enum(holdKinds),
    state: z.enum(holdStates),
    effectiveFrom: entryInstant,
    inWriting: z.boolean().optional(),
  }),
  entryShape("preference.changed", 1, {
    borrowerId: entryId,
    optedOutChannels: z.array(z.enum(channels)).max(channels.length),
    inconvenientTimes: z.array(window).max(20),
    preferredHours: window.nullable(),
    preferredChannels: z.array(z.enum(channels)).max(channels.length),
  }),
  entryShape("pii.read", 1, {
    subjectType: z.enum(["borrower", "third_party", "user"]),
    subjectId: entryId,
    fields: z.array(entrySlug).min(1).max(32),
    purpose: entrySlug,
  }),
  entryShape("complaint.filed", 1, {
    complaintId: entryId,
    borrowerId: entryId,
    accountId: nullableId,
    category: entrySlug,
    dueAt: entryInstant,
  }),
  entryShape("complaint.transitioned", 1, {
    complaintId: entryId,
    from: entrySlug,
    to: entrySlug,
  }),
  entryShape("evidence.submitted", 1, {
    evidenceId: entryId,
    borrowerId: entryId,
    complaintId: nullableId,
    contentHash: keyedHash,
    mediaType: z.string().regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/),
    sizeBytes: z.number().int().nonnegative(),
  }),
  entryShape("pack.loaded", 1, {
    packId: entrySlug,
    version,
    jurisdiction: z.enum(jurisdictions),
    digest: contentDigest,
  }),
  entryShape("borrower.created", 1, { borrowerId: entryId, jurisdiction: z.enum(jurisdictions) }),
  entryShape("account.created", 1, {
    accountId: entryId,
    borrowerId: entryId,
    agencyId: nullableId,
    collectorId: nullableId,
  }),
  entryShape("account.assigned", 1, { accountId: entryId, agencyId: nullableId, collectorId: nullableId }),
  entryShape("account.status_changed", 1, { accountId: entryId, status: z.enum(accountStatuses) }),
  entryShape("user.created", 1, { userId: entryId, role: z.enum(roles) }),
  entryShape("user.certified", 1, { userId: entryId, certifiedUntil: entryInstant.nullable() }),
  entryShape("token.created", 1, { tokenId: entryId, userId: entryId }),
  entryShape("token.revoked", 1, { tokenId: entryId }),
  entryShape("agency.created", 1, { agencyId: entryId }),
  entryShape("third_party.added", 1, {
    borrowerId: entryId,
    thirdPartyId: entryId,
    relation: z.enum(thirdPartyRelations),
    source: z.enum(thirdPartySources),
  }),
  entryShape("key.rotated", 1, {
    purpose: entrySlug,
    keyId: z.string().regex(/^[A-Za-z0-9+/=._:-]{1,128}$/),
  }),
  entryShape("agreement.changed", 1, {
    agreementId: entryId,
    agencyId: entryId,
    change: z.enum(["created", "amended", "suspended", "resumed", "terminated"]),
    validFrom: entryInstant.optional(),
    validUntil: entryInstant.nullable().optional(),
  }),
  entryShape("template.approved", 1, {
    templateId: entryId,
    version: z.number().int().positive(),
    digest: contentDigest,
  }),
  entryShape("lexicon.changed", 1, {
    lexiconId: entrySlug,
    version,
    digest: contentDigest,
  }),
  entryShape("violation.recorded", 1, {
    violationId: entryId,
    rule: entrySlug,
    severity: z.enum(["low", "medium", "high"]),
    accountId: nullableId.optional(),
    borrowerId: nullableId.optional(),
    agentId: nullableId.optional(),
  }),
  entryShape("review.resolved", 1, {
    itemId: entryId,
    resolution: z.enum(["approve", "reject"]),
  }),
  entryShape("borrower.erased", 1, {
    borrowerId: entryId,
    reason: z.enum(["retention"]),
    lastActivityAt: entryInstant,
  }),
  entryShape("decryption.failed", 1, {
    table: entrySlug,
    recordId: entryId,
    field: entrySlug,
    keyId: z.string().max(128).optional(),
  }),
]);

/** A validated ledger entry. */
export type LedgerEntry = z.infer<typeof ledgerEntry>;

/** The type names, for routes and filters. */
export type LedgerEntryType = LedgerEntry["type"];
