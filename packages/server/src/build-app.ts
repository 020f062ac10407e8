import { defaultLexicon } from "@faircollect/domain/screening/index";
import type { FastifyInstance } from "fastify";
import type { Config } from "./config.js";
import { createHttpApp } from "./http/create-http-app.js";
import { type Ledger, openLedger } from "./ledger/open-ledger.js";
import { loadPack } from "./policy/load-pack.js";
import { assertKnownMasterKey, hasKeyring, recordMasterKeys } from "./privacy/keyring.js";
import { loadMasterKeys, masterKeyRing } from "./privacy/master-key.js";
import { openPersonalDataCodec } from "./privacy/personal-data-codec.js";
import { CredentialCache } from "./services/auth/credential-cache.js";
import type { DecisionDeps } from "./services/contacts/decide-contact.js";
import {
  type DecisionGateway,
  directGateway,
  groupCommitGateway,
} from "./services/contacts/decision-gateway.js";
import { startDecisionWorker } from "./services/contacts/decision-worker.js";
import { packSet } from "./services/contacts/pack-set.js";
import { storedLexicon } from "./services/screening/lexicon-source.js";
import { openStore } from "./store/connect.js";
import { migrateToLatest } from "./store/migrate.js";
import { WriterTurn } from "./store/writer-turn.js";
import { timeOrderedId } from "./time-ordered-id.js";

export type BuiltApp = {
  app: FastifyInstance;
  deps: DecisionDeps;
  masterKeySource: string;
  /** The ledger's sequencer and public key; `serve` runs it on a timer unless the decision worker does. */
  ledger: Ledger;
  sequencedOnWorker: boolean;
  close: () => Promise<void>;
};
type Overrides = Partial<Pick<DecisionDeps, "clock" | "newId">>;

/**
 * The one place adapters are built: policy packs, store (migrated), master key,
 * codec, clock and ids, then the HTTP app over them. Refuses to start on a wrong master key
 * before anything is written.
 */
export async function buildDeps(
  config: Config,
  overrides: Overrides = {},
  options: {
    writerTurn?: WriterTurn;
    /** The store was migrated and its master keys recorded by the process's main thread (the decision worker). */
    prepared?: boolean;
  } = {},
) {
  // Packs first: a pack with an error stops the start before the store is touched.
  const packs = packSet({
    CN: loadPack("cn", { overlayPath: config.policyOverlays.CN }),
    US: loadPack("us-reg-f", { overlayPath: config.policyOverlays.US }),
  });
  const store = openStore(config.databaseUrl, { writerTurn: options.writerTurn });
  try {
    // The key is checked before migrating, so a wrong key leaves the store untouched.
    const isNew = !(await hasKeyring(store.db));
    const master = loadMasterKeys(config, { createIfMissing: isNew });
    if (!isNew) await assertKnownMasterKey(store.db, master.keys);
    if (!options.prepared) {
      await migrateToLatest(store.db);
      await recordMasterKeys(store.db, master.keys, new Date().toISOString());
    }
    const codec = await openPersonalDataCodec(store.db, masterKeyRing(master));
    // Compiled once here; afterwards only when the stored supervisor version moves.
    const lexicon = await storedLexicon(store.db, defaultLexicon);
    const deps: DecisionDeps = {
      store,
      codec,
      clock: overrides.clock ?? (() => new Date()),
      newId: overrides.newId ?? timeOrderedId,
      packs,
      inFlight: { minutes: config.inFlightMinutes },
      readAlerts: { borrowersPerHour: config.piiReadAlertPerHour },
      credentials: new CredentialCache(config.credentialCacheMs),
      lexicon,
    };
    const ledger = await openLedger(store, config, deps.clock);
    return { deps, masterKeySource: master.source, ledger };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * How contact decisions run: on PostgreSQL one transaction each; on SQLite grouped into shared
 * commits, on the event loop or (`decisionWorker`, what `serve` uses) on a thread of their own.
 */
async function openGateway(
  config: Config,
  deps: DecisionDeps,
  turn: WriterTurn | undefined,
  onFailure: (error: Error) => void,
): Promise<DecisionGateway & { stop?: () => Promise<void> }> {
  if (deps.store.dialect !== "sqlite") return directGateway(deps);
  return turn ? startDecisionWorker(config, turn, onFailure) : groupCommitGateway(deps);
}

/**
 * Builds the service dependencies and the HTTP app; `close` releases both. With `decisionWorker`
 * on SQLite, the worker thread also runs the ledger's sequencer (`sequencedOnWorker`).
 */
export async function buildApp(
  config: Config,
  overrides: Overrides = {},
  options: { decisionWorker?: boolean } = {},
): Promise<BuiltApp> {
  const turn = options.decisionWorker ? new WriterTurn() : undefined;
  const { deps, masterKeySource, ledger } = await buildDeps(config, overrides, { writerTurn: turn });
  let app: FastifyInstance | undefined;
  const gateway = await openGateway(config, deps, turn, (error) =>
    app?.log.error({ err: error }, "the decision worker failed"),
  ).catch(async (error) => {
    await deps.store.close();
    throw error;
  });
  app = await createHttpApp(deps, {
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
    ledger,
    sequencedOnWorker: gateway.stop !== undefined,
    close: async () => {
      await app!.close();
      await gateway.stop?.();
      await deps.store.close();
    },
  };
}
