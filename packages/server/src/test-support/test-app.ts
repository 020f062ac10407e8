import { type BuiltApp, buildApp } from "../build-app.js";
import type { Dialect } from "../store/connect.js";
import { freshDatabase } from "./test-database.js";

export type TestApp = BuiltApp & { drop: () => Promise<void> };

/** A real app over a fresh real database; `drop` closes it and deletes the database. */
export async function buildTestApp(
  dialect: Dialect = "sqlite",
  options: { decisionWorker?: boolean } = {},
): Promise<TestApp> {
  const { config, drop } = await freshDatabase(dialect);
  const built = await buildApp(config, {}, options);
  return {
    ...built,
    drop: async () => {
      await built.close();
      await drop();
    },
  };
}
