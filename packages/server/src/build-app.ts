import { randomUUID } from "node:crypto";
import { compileLexicon, defaultLexicon } from "@faircollect/domain/screening/index";
import type { FastifyInstance } from "fastify";
import type { Config } from "./config.js";
import { createHttpApp } from "./http/create-http-app.js";
import { loadPack } from "./policy/load-pack.js";
import { checkKeyring } from "./privacy/keyring.js";
import { loadMasterKey } from "./privacy/master-key.js";
import { createPersonalDataCodec } from "./privacy/personal-data-codec.js";
import type { DecisionDeps } from "./services/contacts/decide-contact.js";
import { directGateway, groupCommitGateway } from "./services/contacts/decision-gateway.js";
import { packSet } from "./services/contacts/pack-set.js";
import { openStore } from "./store/connect.js";
import { migrateToLatest } from "./store/migrate.js";

export type BuiltApp = {
  app: FastifyInstance;
  deps: DecisionDeps;
  masterKeySource: string;
  close: () => Promise<void>;
};
type Overrides = Partial<Pick<DecisionDeps, "clock" | "newId">>;

/**
 * The one place adapters are built: policy packs, store (migrated), master key,
 * codec, clock and ids, then the HTTP app over them. Refuses to start on a wrong master key
 * before anything is written.
 */
export async function buildDeps(config: Config, overrides: Overrides = {}) {
  // Packs first: a pack with an error stops the start before the store is touched.
  const packs = packSet({
    CN: loadPack("cn", { overlayPath: config.policyOverlays.CN }),
    US: loadPack("us-reg-f", { overlayPath: config.policyOverlays.US }),
  });
  const lexicon = compileLexicon(defaultLexicon);
  const store = openStore(config.databaseUrl);
  try {
    await migrateToLatest(store.db);
    const isNew = !(await store.db.selectFrom("keyring").select("id").limit(1).executeTakeFirst());
    const master = loadMasterKey(config, { createIfMissing: isNew });
    await checkKeyring(store.db, master.key, new Date().toISOString());
    const deps: DecisionDeps = {
      store,
      codec: createPersonalDataCodec(master.key),
      clock: overrides.clock ?? (() => new Date()),
      newId: overrides.newId ?? randomUUID,
      packs,
      inFlight: { minutes: config.inFlightMinutes },
      lexicon: { current: () => lexicon },
    };
    return { deps, masterKeySource: master.source };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Builds the service dependencies and the HTTP app; `close` releases both. */
export async function buildApp(config: Config, overrides: Overrides = {}): Promise<BuiltApp> {
  const { deps, masterKeySource } = await buildDeps(config, overrides);
  const gateway = deps.store.dialect === "sqlite" ? groupCommitGateway(deps) : directGateway(deps);
  const app = await createHttpApp(deps, {
    gateway,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    login: {
      maxFailures: config.loginMaxFailures,
      lockoutSeconds: config.loginLockoutSeconds,
      sessionTtlHours: config.sessionTtlHours,
    },
  });
  return {
    app,
    deps,
    masterKeySource,
    close: async () => {
      await app.close();
      await deps.store.close();
    },
  };
}
