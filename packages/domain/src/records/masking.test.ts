import { describe, expect, it } from "vitest";
import { maskAddress, maskEmail, maskName, maskNationalId, maskPhone } from "./masking.js";

describe("masking", () => {
  it("shows a Chinese mobile as 138****5678", () => {
    expect(maskPhone("+8613812345678")).toBe("138****5678");
  });
  it("shows a US number with its area code and last four digits", () => {
    expect(maskPhone("+12125550123")).toBe("212****0123");
  });
  it("keeps only the surname of a Chinese name", () => {
    expect(maskName("王小明")).toBe("王**");
  });
  it("keeps the initial and family name of an English name", () => {
    expect(maskName("Mary Ann Smith")).toBe("M. Smith");
  });
  it("hides the local part of an email", () => {
    expect(maskEmail("mary@example.com")).toBe("m***@example.com");
  });
  it("keeps the last four characters of a national id", () => {
    expect(maskNationalId("110101199003077777")).toBe("**************7777");
  });
  it("drops the street from an address", () => {
    expect(maskAddress("Springfield, 742 Evergreen Terrace")).toBe("Spring***");
  });
});
