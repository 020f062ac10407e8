import { defineConfig } from "vitest/config";

// One runner for every tier: domain units, store suites on both dialects, services, HTTP and e2e.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
