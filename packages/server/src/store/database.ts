import type { Kysely, Selectable } from "kysely";

/**
 * Column conventions shared by both dialects so one repository serves both:
 * instants are ISO-8601 UTC text, flags are 0/1 integers, JSON is text,
 * money is an integer count of minor units, personal fields end in `_sealed`
 * and only ever hold the codec's ciphertext.
 */
export interface Database {
  lender: { id: string; name: string; created_at: string };
  agencies: { id: string; code: string; name: string; created_at: string };
  users: {
    id: string;
    username: string;
    password_hash: string;
    role: string;
    display_name: string;
    agency_id: string | null;
    borrower_id: string | null;
    certified_until: string | null;
    disabled: number;
    created_at: string;
  };
  sessions: { id: string; user_id: string; created_at: string; expires_at: string };
  api_tokens: {
    id: string;
    name: string;
    token_hash: string;
    user_id: string;
    created_at: string;
    revoked_at: string | null;
  };
  login_failures: { id: string; username: string; at: string };
  keyring: { id: string; check_value: string; created_at: string };
  /** Per-owner data keys wrapped by a master key; `wrapped` is null once destroyed (crypto-shredded). */
  data_keys: {
    owner_id: string;
    master_key_id: string;
    wrapped: string | null;
    created_at: string;
    destroyed_at: string | null;
  };
  borrowers: {
    id: string;
    ref: string;
    name_sealed: string;
    phones_sealed: string;
    email_sealed: string | null;
    national_id_sealed: string | null;
    address_sealed: string | null;
    national_id_index: string | null;
    time_zone: string;
    locale: string;
    jurisdiction: string;
    /**
     * The two-letter US state (`MA`), kept in clear: at this granularity it
     * identifies no one, and state rules (Massachusetts caps) must read it
     * without opening the borrower's data key. The address stays sealed.
     */
    state_code: string | null;
    created_at: string;
  };
  borrower_phone_index: { borrower_id: string; phone_index: string };
  accounts: {
    id: string;
    ref: string;
    borrower_id: string;
    product: string;
    principal_minor: number;
    outstanding_minor: number;
    currency: string;
    due_date: string;
    days_past_due: number;
    status: string;
    agency_id: string | null;
    collector_id: string | null;
    created_at: string;
    /** The first contact about this debt that reached the borrower (Reg F initial communication). */
    first_communication_at: string | null;
    /** When the validation notice went out (Reg F); null while it has not. */
    validation_notice_sent_at: string | null;
    /** When the debtor was told the account went to an outside agency (CN); null while they have not been. */
    outsourcing_notice_at: string | null;
  };
  third_parties: {
    id: string;
    borrower_id: string;
    name_sealed: string;
    phone_sealed: string;
    relation: string;
    source: string;
    created_at: string;
    refused_at: string | null;
  };
  holds: {
    id: string;
    borrower_id: string;
    account_id: string | null;
    kind: string;
    state: string;
    effective_from: string;
    recorded_at: string;
    recorded_by: string;
    in_writing: number;
    vulnerability_type: string | null;
    attorney_contact_sealed: string | null;
    note_sealed: string | null;
  };
  preferences: {
    id: string;
    borrower_id: string;
    opted_out_channels: string;
    inconvenient_times: string;
    preferred_hours: string;
    preferred_channels: string;
    effective_from: string;
    recorded_at: string;
    recorded_by: string;
  };
  contacts: {
    id: string;
    account_id: string;
    borrower_id: string;
    channel: string;
    at: string;
    outcome: string;
    number_index: string | null;
    actor: string;
    target: string;
    third_party_id: string | null;
    purpose: string;
    direction: string;
    collector_id: string | null;
    decision_id: string | null;
  };
  contact_decisions: {
    id: string;
    account_id: string;
    borrower_id: string;
    requested_by: string;
    actor: string;
    channel: string;
    target: string;
    third_party_id: string | null;
    number_index: string | null;
    purpose: string;
    at: string;
    decided_at: string;
    decision: string;
    next_allowed_at: string | null;
    send_before: string | null;
    reasons: string;
    obligations: string;
    pack_id: string;
    pack_version: string;
    message_digest: string | null;
    outcome: string | null;
    outcome_at: string | null;
    duration_seconds: number | null;
    ledger_index: number;
  };
  /** One row per borrower that decisions lock, so caps across debts and agencies hold under concurrency. */
  contact_locks: { borrower_id: string; decisions: number };
  /** Approved message templates; each approval of a name is a new immutable version. */
  message_templates: {
    id: string;
    name: string;
    version: number;
    channel: string;
    locale: string;
    text: string;
    slots: string;
    digest: string;
    verdict: string;
    findings: string;
    lexicon_version: string;
    approved_by: string;
    approved_at: string;
    ledger_index: number;
  };
  /** The supervisor lexicon's version; processes poll it to know when to recompile. */
  lexicon_head: { id: number; version: number };
  lexicon_terms: {
    id: string;
    version: number;
    category: string;
    severity: string;
    term: string;
    added_by: string;
    added_at: string;
  };
  /** The QA queue: messages deferred for a supervisor's approval and screened call transcripts. */
  review_items: {
    id: string;
    kind: string;
    status: string;
    account_id: string;
    borrower_id: string;
    collector_id: string;
    decision_id: string;
    channel: string;
    text_digest: string;
    text_sealed: string | null;
    findings: string;
    created_at: string;
    resolved_by: string | null;
    resolved_at: string | null;
    note_sealed: string | null;
    used_by_decision_id: string | null;
  };
  transcripts: {
    decision_id: string;
    text_sealed: string;
    digest: string;
    verdict: string;
    recorded_at: string;
  };
  violations: {
    id: string;
    source: string;
    kind: string;
    rule: string;
    severity: string;
    collector_id: string | null;
    account_id: string;
    borrower_id: string;
    decision_id: string | null;
    contact_id: string | null;
    hold_id: string | null;
    channel: string;
    contact_at: string;
    span_start: number | null;
    span_end: number | null;
    detected_at: string;
    ledger_index: number;
  };
  ledger_head: { id: number; next_index: number };
  ledger_entries: { idx: number; type: string; body: string; created_at: string; borrower_id: string | null };
  /** The Merkle tree's hashes in tiles: row (level, idx) holds up to 16 consecutive hashes of tree level 4·level. */
  ledger_tiles: { level: number; idx: number; hashes: Uint8Array };
  /** How many entries the sequencer has integrated into the tree. */
  ledger_tree: { id: number; size: number };
  ledger_checkpoints: { size: number; root: string; note: string; created_at: string };
  ledger_cosignatures: {
    checkpoint_size: number;
    witness_key: string;
    name: string;
    key_id: number;
    signature: string;
    signed_at: number;
    submitted_by: string;
    created_at: string;
  };
  agreements: {
    id: string;
    agency_id: string;
    version: number;
    purposes: string;
    fields: string;
    valid_from: string;
    valid_until: string;
    onward_transfer_consent: number;
    status: string;
    created_at: string;
    updated_at: string;
  };
  pii_reads: { id: string; user_id: string; borrower_id: string; at: string };
  alerts: { id: string; kind: string; user_id: string; detail: string; created_at: string };
}

export type Db = Kysely<Database>;
export type Row<T extends keyof Database> = Selectable<Database[T]>;
