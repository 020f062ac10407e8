import type { Role } from "./vocabulary.js";

/** The personal fields of a borrower record, as agreements grant them. */
export const personalFields = ["name", "phones", "email", "nationalId", "address", "thirdParties"] as const;
export type PersonalField = (typeof personalFields)[number];

/**
 * How much of a borrower's personal data a caller sees: in full, masked
 * (`138****5678`), or as stable pseudonyms; and which fields at all.
 */
export type Disclosure = Readonly<{
  mode: "full" | "masked" | "pseudonym";
  fields: readonly PersonalField[];
}>;

/** The facts about a caller that decide their disclosure. */
export type Viewer = Readonly<{
  role: Role;
  agencyId: string | null;
  grantedFields?: readonly string[] | null;
  purpose?: string | null;
}>;

const none: Disclosure = { mode: "masked", fields: [] };

/**
 * Need-to-know as data: a borrower sees themselves in full; a supervisor sees
 * full values only after stating a purpose (which is logged), masked otherwise;
 * a collector sees masked values, and an agency's collector only the fields its
 * data-sharing agreement grants; an auditor sees pseudonyms; anyone else nothing.
 */
export function disclosureFor(viewer: Viewer): Disclosure {
  switch (viewer.role) {
    case "borrower":
      return { mode: "full", fields: personalFields };
    case "supervisor":
      return { mode: viewer.purpose ? "full" : "masked", fields: personalFields };
    case "collector":
      if (viewer.agencyId === null) return { mode: "masked", fields: personalFields };
      return {
        mode: "masked",
        fields: personalFields.filter((f) => viewer.grantedFields?.includes(f) ?? false),
      };
    case "auditor":
      return { mode: "pseudonym", fields: personalFields };
    default:
      return none;
  }
}

/** Whether the disclosure shows a field at all. */
export function discloses(disclosure: Disclosure, field: PersonalField): boolean {
  return disclosure.fields.includes(field);
}
