import { describe, expect, it } from "vitest";
import { activeHolds, type HoldRow } from "./holds.js";

const row = (over: Partial<HoldRow>): HoldRow => ({
  kind: "cease",
  state: "active",
  accountId: null,
  effectiveFrom: "2026-01-01T00:00:00.000Z",
  recordedAt: "2026-01-02T00:00:00.000Z",
  ...over,
});

describe("activeHolds", () => {
  it("keeps a hold that started before the instant", () => {
    expect(activeHolds([row({})], "2026-02-01T00:00:00.000Z")).toHaveLength(1);
  });

  it("ignores a hold that takes effect after the instant", () => {
    expect(
      activeHolds([row({ effectiveFrom: "2026-03-01T00:00:00.000Z" })], "2026-02-01T00:00:00.000Z"),
    ).toEqual([]);
  });

  it("ends a hold only through a newer ended row", () => {
    const rows = [row({}), row({ state: "ended", effectiveFrom: "2026-01-15T00:00:00.000Z" })];
    expect(activeHolds(rows, "2026-01-10T00:00:00.000Z")).toHaveLength(1);
    expect(activeHolds(rows, "2026-01-20T00:00:00.000Z")).toEqual([]);
  });

  it("keeps holds on different accounts apart", () => {
    const rows = [row({ accountId: "a" }), row({ accountId: "b", state: "ended" })];
    expect(activeHolds(rows, "2026-02-01T00:00:00.000Z").map((h) => h.accountId)).toEqual(["a"]);
  });
});
