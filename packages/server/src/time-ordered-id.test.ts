import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id.js";

describe("timeOrderedId", () => {
  it("makes distinct version-7 UUIDs whose order follows the clock across milliseconds", async () => {
    const first = Array.from({ length: 1000 }, timeOrderedId);
    await new Promise((r) => setTimeout(r, 2));
    const later = timeOrderedId();
    expect(new Set(first).size).toBe(1000);
    for (const id of [...first, later])
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.every((id) => id < later)).toBe(true);
  });
});
