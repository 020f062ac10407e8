import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errorCodes } from "../services/app-error.js";
import { statusOf } from "./problem.js";

describe("error catalogue", () => {
  it("keeps docs/errors.md, the code list and the status table in step", () => {
    const doc = readFileSync(new URL("../../../../docs/errors.md", import.meta.url), "utf8");
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(errorCodes.map((code) => [code, statusOf[code]]));
  });
});
