import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateContact } from "@faircollect/domain/policy/evaluate-contact";
import { parseScenario } from "@faircollect/domain/policy/scenario-schema";
import { describe, expect, it } from "vitest";
import { loadPack, PackLoadError } from "./load-pack.js";

const dir = mkdtempSync(join(tmpdir(), "faircollect-pack-"));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe("loadPack", () => {
  it("loads both shipped packs", () => {
    expect(loadPack("cn").id).toBe("cn");
    expect(loadPack("us-reg-f").rules.length).toBeGreaterThan(10);
  });

  it("applies a tightening overlay that changes decisions", () => {
    const overlayPath = write(
      "acme.yaml",
      "overlay: acme\nversion: '1'\npack: us-reg-f\ntighten:\n  - { id: inconvenient-time, to: '20:00' }\n",
    );
    const pack = loadPack("us-reg-f", { overlayPath });
    const scenario = parseScenario({
      attemptAt: "2026-06-10T20:30:00-04:00",
      borrowerTimeZone: "America/New_York",
      channel: "call",
    });
    if (!scenario.ok) throw new Error("fixture");
    expect(pack.version).toBe("2026.4+acme@1");
    expect(evaluateContact(scenario.value, pack).decision).toBe("defer");
  });

  it("refuses a looser overlay, naming the file and field", () => {
    const overlayPath = write(
      "loose.yaml",
      "overlay: loose\nversion: '1'\npack: cn\ntighten:\n  - { id: connected-calls-per-day, max: 5 }\n",
    );
    expect(() => loadPack("cn", { overlayPath })).toThrow(PackLoadError);
    try {
      loadPack("cn", { overlayPath });
    } catch (error) {
      expect((error as PackLoadError).errors).toEqual([
        expect.objectContaining({ file: overlayPath, path: "tighten[0].max" }),
      ]);
    }
  });

  it("refuses a pack file with an error, naming the file and path", () => {
    write(
      "cn.yaml",
      "id: cn\nversion: '1'\njurisdiction: CN\ntitle: t\nrules:\n  - { id: x, type: visit-team, citation: CN-CBA-VISIT, minCollectors: 0 }\n",
    );
    expect(() => loadPack("cn", { dir })).toThrow(/cn\.yaml: rules\[0\]\.minCollectors/);
  });

  it("refuses YAML that does not parse", () => {
    write("us-reg-f.yaml", "id: [unclosed\n");
    expect(() => loadPack("us-reg-f", { dir })).toThrow(/\(yaml\)/);
  });
});
