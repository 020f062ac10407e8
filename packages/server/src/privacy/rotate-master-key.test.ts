import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../config.js";
import { openStore, type Store } from "../store/connect.js";
import { migrateToLatest } from "../store/migrate.js";
import { recordMasterKeys } from "./keyring.js";
import { loadMasterKeys, masterKeyRing, readKeyFile } from "./master-key.js";
import { openPersonalDataCodec } from "./personal-data-codec.js";
import { rotateMasterKey } from "./rotate-master-key.js";

let dir: string;
let store: Store;
let config: Config;
const now = () => new Date("2026-03-01T00:00:00Z");

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "fc-rotate-"));
  config = parseConfig({ DATABASE_URL: `file:${join(dir, "fc.db")}`, DATA_DIR: dir, LOG_LEVEL: "silent" });
  store = openStore(config.databaseUrl);
  await migrateToLatest(store.db);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A store with a key file, 1,200 owners and one sealed value each. */
async function sealedStore() {
  const loaded = loadMasterKeys(config, { createIfMissing: true });
  await recordMasterKeys(store.db, loaded.keys, now().toISOString());
  const codec = await openPersonalDataCodec(store.db, masterKeyRing(loaded));
  const owners = Array.from({ length: 1200 }, (_, i) => `b${i}`);
  const keys = await codec.createKeys(store.db, owners);
  const sealed = owners.map((o) => keys.seal(`phone of ${o}`, o));
  return { owners, sealed, index: codec.blindIndex("phone", "+8613912345678"), first: loaded.keys[0]! };
}

describe("master key rotation", () => {
  it("re-wraps every data key under a new key, and everything still decrypts and looks up", async () => {
    const { owners, sealed, index, first } = await sealedStore();
    const report = await rotateMasterKey(store.db, config, { retireOld: false, now, batch: 500 });
    expect(report.rewrapped).toBe(1201);
    expect(report.older).toEqual([first.id]);
    const file = readKeyFile(join(dir, "master.key"));
    expect(file.map((k) => k.id)).toEqual([report.newest, first.id]);
    const wrappers = await store.db.selectFrom("data_keys").select("master_key_id").distinct().execute();
    expect(wrappers).toEqual([{ master_key_id: report.newest }]);
    // A process holding only the new key reads everything: proof nothing still needs the old one.
    const onlyNew = masterKeyRing({ keys: [file[0]!], source: "test", created: false });
    const codec = await openPersonalDataCodec(store.db, onlyNew);
    const keys = await codec.keysFor(store.db, owners);
    owners.forEach((o, i) => {
      expect(keys.open(sealed[i]!, { owner: o, table: "t", id: o, field: "f" })).toBe(`phone of ${o}`);
    });
    expect(codec.blindIndex("phone", "+8613912345678")).toBe(index);
    const entry = await store.db
      .selectFrom("ledger_entries")
      .selectAll()
      .where("type", "=", "key.rotated")
      .execute();
    expect(JSON.parse(entry[0]!.body)).toMatchObject({ purpose: "master", keyId: report.newest });
  });

  it("lets a running process that holds only the old key read keys re-wrapped after it started", async () => {
    const { owners, sealed } = await sealedStore();
    const running = await openPersonalDataCodec(
      store.db,
      masterKeyRing(loadMasterKeys(config, { createIfMissing: false })),
    );
    await rotateMasterKey(store.db, config, { retireOld: false, now });
    const keys = await running.keysFor(store.db, owners.slice(0, 3));
    expect(keys.open(sealed[2]!, { owner: "b2", table: "t", id: "b2", field: "f" })).toBe("phone of b2");
  });

  it("retires the old key only on a second run, after re-wrapping keys made meanwhile under it", async () => {
    const { first } = await sealedStore();
    const stale = await openPersonalDataCodec(
      store.db,
      masterKeyRing({ keys: [first], source: "test", created: false }),
    );
    const report = await rotateMasterKey(store.db, config, { retireOld: false, now });
    await stale.createKeys(store.db, ["late"]);
    const late = await store.db
      .selectFrom("data_keys")
      .selectAll()
      .where("owner_id", "=", "late")
      .executeTakeFirstOrThrow();
    expect(late.master_key_id).toBe(first.id);
    const retired = await rotateMasterKey(store.db, config, { retireOld: true, now });
    expect(retired).toMatchObject({ newest: report.newest, rewrapped: 1, older: [first.id], retired: true });
    expect(readKeyFile(join(dir, "master.key")).map((k) => k.id)).toEqual([report.newest]);
    expect(readFileSync(join(dir, "master.key"), "utf8").trim().split("\n")).toHaveLength(1);
    const keyring = await store.db.selectFrom("keyring").select("id").execute();
    expect(keyring).toEqual([{ id: report.newest }]);
  });

  it("refuses to rotate a key given in MASTER_KEY, which has no file to hold a second key", async () => {
    const fromEnv = parseConfig({
      DATABASE_URL: config.databaseUrl,
      DATA_DIR: dir,
      MASTER_KEY: Buffer.alloc(32, 1).toString("base64"),
    });
    await expect(rotateMasterKey(store.db, fromEnv, { retireOld: false, now })).rejects.toThrow(/key file/);
  });
});
