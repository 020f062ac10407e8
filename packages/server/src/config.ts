import { z } from "zod";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres:\/\/|postgresql:\/\/)/, "must start with file: or postgres://")
    .default("file:./data/faircollect.db"),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "must be 32 bytes in base64")
    .optional(),
  MASTER_KEY_FILE: z.string().min(1).optional(),
  RETENTION_YEARS_CN: z.coerce.number().int().min(1).max(100).default(5),
  RETENTION_YEARS_US: z.coerce.number().int().min(1).max(100).default(3),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  IN_FLIGHT_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  PII_READ_ALERT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(200),
  CREDENTIAL_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  POLICY_OVERLAY_CN: z.string().min(1).optional(),
  POLICY_OVERLAY_US: z.string().min(1).optional(),
  LEDGER_SIGNING_KEY: z
    .string()
    .startsWith("PRIVATE+KEY+", "must be a note signer key PRIVATE+KEY+…")
    .optional(),
  LEDGER_SIGNING_KEY_FILE: z.string().min(1).optional(),
  LEDGER_ORIGIN: z
    .string()
    .regex(/^[^\s+]+$/, "must be a key name without spaces or plus, such as example.com/ledger")
    .optional(),
  LEDGER_CHECKPOINT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  LEDGER_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(10),
});

/** The validated, frozen configuration every adapter is built from. */
export type Config = Readonly<{
  host: string;
  port: number;
  databaseUrl: string;
  dataDir: string;
  logLevel: (typeof logLevels)[number];
  masterKey?: string;
  masterKeyFile?: string;
  /** Years a borrower's personal data is kept after the last collection activity, per jurisdiction. */
  retentionYears: { CN: number; US: number };
  trustProxy: boolean;
  loginMaxFailures: number;
  loginLockoutSeconds: number;
  sessionTtlHours: number;
  inFlightMinutes: number;
  piiReadAlertPerHour: number;
  /** How long who a session or token stands for is remembered (0: read at every request). */
  credentialCacheMs: number;
  policyOverlays: { CN?: string; US?: string };
  ledgerSigningKey?: string;
  ledgerSigningKeyFile?: string;
  ledgerOrigin?: string;
  ledgerCheckpointEvery: number;
  ledgerCheckpointSeconds: number;
}>;

/** Names every bad key at once, so an operator fixes the environment in one pass. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses a configuration from an environment-shaped record; the only place env keys are named. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    masterKey: e.MASTER_KEY,
    masterKeyFile: e.MASTER_KEY_FILE,
    retentionYears: Object.freeze({ CN: e.RETENTION_YEARS_CN, US: e.RETENTION_YEARS_US }),
    trustProxy: e.TRUST_PROXY === "true",
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    inFlightMinutes: e.IN_FLIGHT_MINUTES,
    piiReadAlertPerHour: e.PII_READ_ALERT_PER_HOUR,
    credentialCacheMs: e.CREDENTIAL_CACHE_MS,
    policyOverlays: Object.freeze({ CN: e.POLICY_OVERLAY_CN, US: e.POLICY_OVERLAY_US }),
    ledgerSigningKey: e.LEDGER_SIGNING_KEY,
    ledgerSigningKeyFile: e.LEDGER_SIGNING_KEY_FILE,
    ledgerOrigin: e.LEDGER_ORIGIN,
    ledgerCheckpointEvery: e.LEDGER_CHECKPOINT_EVERY,
    ledgerCheckpointSeconds: e.LEDGER_CHECKPOINT_SECONDS,
  });
}

/** Reads the process environment once; callers get a typed, frozen object. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): Config {
  return parseConfig({ ...process.env, ...overrides });
}
