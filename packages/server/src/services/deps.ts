import type { PersonalDataCodec } from "../privacy/personal-data-codec.js";
import type { Store } from "../store/connect.js";

/** What every use case may be handed: the store, the personal-data codec, a clock and an id source. */
export type ServiceDeps = Readonly<{
  store: Store;
  codec: PersonalDataCodec;
  clock: () => Date;
  newId: () => string;
}>;
