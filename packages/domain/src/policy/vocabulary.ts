/** The closed vocabularies shared by scenarios, history entries and packs, so one typo is one error. */
export const CHANNELS = [
  "call",
  "sms",
  "email",
  "push",
  "letter",
  "postcard",
  "visit",
  "social_media_public_post",
  "social_media_private_message",
  "public_notice",
  "credit_reporting",
  "data_share",
  "charge_collection_costs",
] as const;

/** A medium of contact (or a data action) the engine can be asked about. */
export type Channel = (typeof CHANNELS)[number];

/** Who the contact reaches. */
export const TARGETS = ["borrower", "third_party", "attorney", "guarantor"] as const;

/** Who the contact reaches. */
export type Target = (typeof TARGETS)[number];

/** What happened on a past contact; the counting rules of rules.md §1 read these. */
export const OUTCOMES = [
  "conversation",
  "connected",
  "no_answer",
  "voicemail_lcm",
  "not_connected",
  "sent",
  "visit_done",
] as const;

/** What happened on a past contact. */
export type Outcome = (typeof OUTCOMES)[number];

/** Where a third party's details came from (PIPL minimum-necessary cares). */
export const CONTACT_SOURCES = ["contract_pre_agreed", "address_book", "other"] as const;

/** Where a third party's details came from. */
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** The reason kinds of shared/DESIGN.md, so every reason can be grouped the same way everywhere. */
export const REASON_KINDS = [
  "hours",
  "holiday",
  "frequency",
  "cooldown",
  "opt_out",
  "cease",
  "dispute",
  "attorney",
  "vulnerable",
  "complaint_hold",
  "third_party",
  "visit",
  "agent",
  "agreement",
  "content",
  "preference",
] as const;

/** The family a reason belongs to. */
export type ReasonKind = (typeof REASON_KINDS)[number];
