import { describe, expect, it } from "vitest";
import { disclosureFor } from "./disclosure.js";

describe("disclosureFor", () => {
  it("shows a supervisor full values only after a stated purpose", () => {
    expect(disclosureFor({ role: "supervisor", agencyId: null }).mode).toBe("masked");
    expect(disclosureFor({ role: "supervisor", agencyId: null, purpose: "complaint_handling" }).mode).toBe(
      "full",
    );
  });

  it("shows an agency's collector only the fields its agreement grants, masked", () => {
    const d = disclosureFor({ role: "collector", agencyId: "a", grantedFields: ["name", "phones"] });
    expect(d).toEqual({ mode: "masked", fields: ["name", "phones"] });
  });

  it("shows an agency's collector without an agreement nothing", () => {
    expect(disclosureFor({ role: "collector", agencyId: "a", grantedFields: null }).fields).toEqual([]);
  });

  it("gives auditors pseudonyms and admins nothing", () => {
    expect(disclosureFor({ role: "auditor", agencyId: null }).mode).toBe("pseudonym");
    expect(disclosureFor({ role: "admin", agencyId: null }).fields).toEqual([]);
  });
});
