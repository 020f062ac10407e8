import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.js";

describe("parseConfig", () => {
  it("defaults to SQLite on 127.0.0.1:3000", () => {
    expect(parseConfig({})).toMatchObject({
      host: "127.0.0.1",
      port: 3000,
      databaseUrl: "file:./data/faircollect.db",
    });
  });

  it("names every bad key at once", () => {
    try {
      parseConfig({ PORT: "seventy", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toContain("PORT");
      expect(problems).toContain("DATABASE_URL");
      expect(problems).toContain("LOG_LEVEL");
    }
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(parseConfig({ PORT: "8080" }))).toBe(true);
  });
});
