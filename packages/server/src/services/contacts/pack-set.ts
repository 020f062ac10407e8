import type { PolicyPack } from "@faircollect/domain/policy/pack-schema";

/** The policy pack in force for each jurisdiction, loaded and validated at start. */
export type PackSet = { forJurisdiction(jurisdiction: string): PolicyPack };

/** A pack set over loaded packs; an unknown jurisdiction is a programmer error (the schema admits CN and US only). */
export function packSet(packs: { CN: PolicyPack; US: PolicyPack }): PackSet {
  return {
    forJurisdiction(jurisdiction) {
      const pack = packs[jurisdiction as "CN" | "US"];
      if (!pack) throw new Error(`no policy pack for jurisdiction ${jurisdiction}`);
      return pack;
    },
  };
}
