import { z } from "zod";
import { parseInstant } from "./time/instant.js";
import { isWallClock } from "./time/wall-clock.js";
import { isIanaZone } from "./time/zone-calendar.js";
import { CHANNELS, CONTACT_SOURCES, OUTCOMES, TARGETS } from "./vocabulary.js";

const instant = z.string().transform((text, ctx) => {
  const ms = parseInstant(text);
  if (ms === undefined) {
    ctx.addIssue({ code: "custom", message: `\`${text}\` is not an ISO-8601 instant with an offset` });
    return z.NEVER;
  }
  return ms;
});

const ianaZone = z
  .string()
  .refine(isIanaZone, { error: (issue) => `\`${issue.input}\` is not an IANA time zone` });

const wallClock = z.string().refine(isWallClock, { error: (issue) => `\`${issue.input}\` is not HH:mm` });

// Vocabularies that only name a meaning (purpose, relation) stay open: an unknown value earns no exception.
const token = z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a snake_case token");

const actor = z.string().regex(/^(lender|agency:[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)?)$/, {
  error: "must be `lender`, `agency:<id>` or, for a sub-entrusted agency, `agency:<id>/<sub-id>`",
});

const channel = z.enum(CHANNELS);

const message = z.strictObject({
  text: z.string().optional(),
  hasOptOutNotice: z.boolean().optional(),
  disclosesDebtDetails: z.boolean().optional(),
  mentionsDebt: z.boolean().optional(),
  identifiesInstitution: z.boolean().optional(),
});

const historyEntry = z.strictObject({
  channel,
  at: instant,
  outcome: z.enum(OUTCOMES),
  number: z.string().min(1).optional(),
  // Which kind of number was dialled (Massachusetts caps personal and other numbers apart).
  numberType: token.optional(),
  actor: actor.optional(),
  debtId: z.string().min(1).optional(),
  target: z.enum(TARGETS).optional(),
  thirdPartyId: z.string().min(1).optional(),
  purpose: token.optional(),
  direction: z.enum(["outbound", "inbound"]).optional(),
});

const flags = z.strictObject({
  optedOutChannels: z.array(channel).optional(),
  ceaseRequested: z.boolean().optional(),
  ceaseReceivedAt: instant.optional(),
  ceaseInWriting: z.boolean().optional(),
  disputePending: z.boolean().optional(),
  disputeInWriting: z.boolean().optional(),
  verificationSentAt: instant.optional(),
  attorneyRepresented: z.boolean().optional(),
  attorneyContactKnown: z.boolean().optional(),
  vulnerable: z.boolean().optional(),
  vulnerabilityType: z.string().optional(),
  possibleTimeZones: z.array(ianaZone).optional(),
  designatedInconvenientTimes: z.array(z.strictObject({ from: wallClock, to: wallClock })).optional(),
  directPriorConsentAt: instant.optional(),
  emailIsEmployerProvided: z.boolean().optional(),
  employerProhibitsContact: z.boolean().optional(),
  timeBarred: z.boolean().optional(),
  thirdPartyRefused: z.array(z.string().min(1)).optional(),
  visitCollectorCount: z.number().int().nonnegative().optional(),
  entrustmentContractOnFile: z.boolean().optional(),
  subEntrustmentConsent: z.boolean().optional(),
  // The agency's debtor was told before the case went out (CN-CPM-ART41); absent means not known, not unsent.
  outsourcingNoticeSent: z.boolean().optional(),
  // Reg F validation: the first communication about the debt, and when the validation notice went out.
  initialCommunicationAt: instant.optional(),
  validationNoticeSentAt: instant.optional(),
  // A contact person may also be reached for heirs or a guardian (CN-GBT-CONTACT-WHEN).
  debtorDeceased: z.boolean().optional(),
  debtorIncapacitated: z.boolean().optional(),
  // A complaint under investigation pauses collection until it is resolved (FairCollect policy).
  complaintHold: z.boolean().optional(),
});

/**
 * One contact request with every fact the engine reads: the JSON `faircollect decide` takes and the object the
 * service builds from the database. Instants are parsed to epoch milliseconds so evaluation never re-parses them.
 */
export const contactScenarioSchema = z.strictObject({
  attemptAt: instant,
  borrowerTimeZone: ianaZone,
  // Recorded for audit only: the agent's clock never decides (rules.md §1).
  agentTimeZone: ianaZone.optional(),
  // The borrower's state or province (e.g. `MA`): state rules in a pack apply only where it is known.
  borrowerState: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be a two-letter state code such as `MA`")
    .optional(),
  channel,
  target: z.enum(TARGETS).default("borrower"),
  debtId: z.string().min(1).optional(),
  number: z.string().min(1).optional(),
  numberType: token.optional(),
  purpose: token.optional(),
  message: message.optional(),
  thirdPartyId: z.string().min(1).optional(),
  thirdPartyRelation: token.optional(),
  contactSource: z.enum(CONTACT_SOURCES).optional(),
  actor: actor.default("lender"),
  recipient: z.string().min(1).optional(),
  productType: z.string().min(1).optional(),
  // Creditor, debt collector, agency or debt buyer: recorded so reports can say which law bound the contact.
  collectorType: token.optional(),
  history: z.array(historyEntry).default([]),
  flags: flags.default({}),
});

/** The facts of one contact as the engine reads them (instants in epoch milliseconds). */
export type ContactScenario = z.output<typeof contactScenarioSchema>;

/** The facts of one contact as JSON carries them (instants as ISO-8601 strings). */
export type ContactScenarioInput = z.input<typeof contactScenarioSchema>;

/** One past contact of the borrower. */
export type HistoryEntry = ContactScenario["history"][number];

/** The borrower's standing protections and preferences. */
export type ContactFlags = ContactScenario["flags"];

/** A problem with one field of a scenario, named by its path. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/** The result of reading untrusted scenario JSON: a value, or every problem with the field it concerns. */
export type ParseScenarioResult =
  | { ok: true; value: ContactScenario }
  | { ok: false; issues: ScenarioIssue[] };

/** Validates untrusted JSON into a scenario; unknown fields are errors, so a misspelt flag never goes unseen. */
export function parseScenario(json: unknown): ParseScenarioResult {
  const result = contactScenarioSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toScenarioIssues) };
}

function toScenarioIssues(issue: z.core.$ZodIssue): ScenarioIssue[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: "unknown field" }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** Renders a schema path the way people write it: `history[3].outcome`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text === "" ? "(root)" : text;
}
