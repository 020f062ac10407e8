import type { PersonalDataCodec } from "../privacy/personal-data-codec.js";
import type { Store } from "../store/connect.js";
import type { Row } from "../store/database.js";
import type { Actor } from "./actor.js";
import type { CredentialCache } from "./auth/credential-cache.js";

/** What every use case may be handed: the store, the personal-data codec, a clock, an id source, the read-alert policy. */
export type ServiceDeps = Readonly<{
  store: Store;
  codec: PersonalDataCodec;
  clock: () => Date;
  newId: () => string;
  /** When one user reading many borrowers in an hour raises an alert; absent: never. */
  readAlerts?: { borrowersPerHour: number };
  /** Who recent credentials stand for; absent: every request reads the store. */
  credentials?: CredentialCache<{ actor: Actor; user: Row<"users"> }>;
}>;
