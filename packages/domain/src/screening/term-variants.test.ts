import { describe, expect, it } from "vitest";
import { maskedVariants, stretchedVariants, termVariants } from "./term-variants.js";

describe("term variants", () => {
  it("masks every inner run but keeps the first and last letter", () => {
    expect(maskedVariants("fuck").sort()).toEqual(["f*ck", "f*k", "fu*k"]);
    expect(maskedVariants("ass")).toEqual([]);
  });

  it("draws out each single letter once", () => {
    expect(stretchedVariants("fuck")).toEqual(["ffuck", "fuuck", "fucck", "fuckk"]);
    expect(stretchedVariants("ass")).toEqual(["aass"]);
  });

  it("adds masked and drawn-out forms only for abusive single words", () => {
    expect(termVariants("idiot", "insult")).toContain("id*ot");
    expect(termVariants("contact your employer", "third_party_disclosure")).toEqual([
      "contact your employer",
    ]);
    expect(termVariants("老赖", "insult")).toEqual(["老赖"]);
  });
});
