import { CHANNELS, type Channel, OUTCOMES, type Outcome } from "../policy/vocabulary.js";

/** Who a user is to FairCollect; each role's reach is set in shared/DESIGN.md's role table. */
export const roles = ["admin", "supervisor", "collector", "borrower", "auditor"] as const;
export type Role = (typeof roles)[number];

/** Jurisdictions with a policy pack. */
export const jurisdictions = ["CN", "US"] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** Every medium a collection contact can use; each is decided before it happens. */
export const channels = CHANNELS;
export type { Channel };

/** Protections that change what contact is allowed; recorded as immutable, effective-dated rows. */
export const holdKinds = ["cease", "dispute", "attorney", "vulnerability", "complaint_hold"] as const;
export type HoldKind = (typeof holdKinds)[number];

/** A hold row either starts a protection or ends it; nothing is ever updated in place. */
export const holdStates = ["active", "ended"] as const;
export type HoldState = (typeof holdStates)[number];

export const vulnerabilityTypes = [
  "health",
  "mental_health",
  "bereavement",
  "financial_hardship",
  "age",
  "disability",
  "other",
] as const;

/** How a third-party contact was obtained; only pre-agreed contacts may ever be called in China. */
export const thirdPartySources = ["pre_agreed", "other"] as const;
export const thirdPartyRelations = [
  "spouse",
  "parent",
  "child",
  "sibling",
  "relative",
  "friend",
  "colleague",
  "employer",
  "guarantor",
  "other",
] as const;

export const accountStatuses = ["current", "delinquent", "in_collection", "settled", "charged_off"] as const;

/** What happened on a contact; the frequency rules count by outcome. */
export const contactOutcomes = OUTCOMES;
export type ContactOutcome = Outcome;
