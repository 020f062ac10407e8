import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../store/connect.js";
import { migrateToLatest } from "../store/migrate.js";
import { masterKeyOf, masterKeyRing } from "./master-key.js";
import { DecryptionError, openPersonalDataCodec } from "./personal-data-codec.js";

const master = masterKeyOf(randomBytes(32));
const ring = () => masterKeyRing({ keys: [master], source: "test", created: false });
const at = (owner: string) => ({ owner, table: "borrowers", id: owner, field: "name" });

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "fc-codec-"));
  store = openStore(`file:${join(dir, "fc.db")}`);
  await migrateToLatest(store.db);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("personal-data codec", () => {
  it("seals under the owner's data key and opens the value again in a fresh process", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    const keys = await codec.createKeys(store.db, ["b1", "b2"]);
    const sealed = keys.seal("李雷 +8613912345678", "b1");
    expect(sealed).toMatch(/^fc2:b1:[\w-]+:[\w-]+$/);
    expect(sealed).not.toContain("李雷");
    expect(keys.seal("李雷 +8613912345678", "b1")).not.toBe(sealed);
    const restarted = await openPersonalDataCodec(store.db, ring());
    const loaded = await restarted.keysFor(store.db, ["b1"]);
    expect(loaded.open(sealed, at("b1"))).toBe("李雷 +8613912345678");
  });

  it("stores one wrapped key per owner and never the key itself", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    await codec.createKeys(store.db, ["b1", "b2", "b3"]);
    const rows = await store.db.selectFrom("data_keys").selectAll().where("owner_id", "like", "b%").execute();
    expect(rows.map((r) => r.owner_id).sort()).toEqual(["b1", "b2", "b3"]);
    expect(rows.every((r) => r.master_key_id === master.id && r.wrapped !== null)).toBe(true);
  });

  it("refuses a tampered ciphertext with a DecryptionError naming the record, never garbage", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    const keys = await codec.createKeys(store.db, ["b1"]);
    const sealed = keys.seal("13912345678", "b1");
    const last = sealed.at(-2) === "A" ? "B" : "A";
    const tampered = `${sealed.slice(0, -2)}${last}${sealed.at(-1)}`;
    expect(() => keys.open(tampered, at("b1"))).toThrow(DecryptionError);
    expect(() => keys.open(sealed.slice(0, 30), at("b1"))).toThrow(DecryptionError);
    try {
      keys.open(tampered, at("b1"));
    } catch (error) {
      expect((error as DecryptionError).at).toEqual(at("b1"));
      expect((error as Error).message).not.toContain("13912345678");
    }
  });

  it("refuses a value of another owner, copied whole or with its owner id rewritten", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    const keys = await codec.createKeys(store.db, ["b1", "b2"]);
    const sealed = keys.seal("secret", "b1");
    expect(() => keys.open(sealed, at("b2"))).toThrow(DecryptionError);
    expect(() => keys.open(sealed.replace("fc2:b1:", "fc2:b2:"), at("b2"))).toThrow(DecryptionError);
  });

  it("refuses a wrapped key moved to another owner", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    await codec.createKeys(store.db, ["b1", "b2"]);
    const b1 = await store.db
      .selectFrom("data_keys")
      .selectAll()
      .where("owner_id", "=", "b1")
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable("data_keys")
      .set({ wrapped: b1.wrapped })
      .where("owner_id", "=", "b2")
      .execute();
    const restarted = await openPersonalDataCodec(store.db, ring());
    await expect(restarted.keysFor(store.db, ["b2"])).rejects.toBeInstanceOf(DecryptionError);
  });

  it("keeps blind indexes stable across restarts and distinct per kind", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    const again = await openPersonalDataCodec(store.db, ring());
    expect(again.blindIndex("phone", "+8613912345678")).toBe(codec.blindIndex("phone", "+8613912345678"));
    expect(codec.blindIndex("national_id", "+8613912345678")).not.toBe(
      codec.blindIndex("phone", "+8613912345678"),
    );
    expect(codec.keyedHash("x")).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
  });

  it("reads an owner whose key was destroyed as erased, and refuses to seal for them", async () => {
    const codec = await openPersonalDataCodec(store.db, ring());
    await codec.createKeys(store.db, ["b1"]);
    await store.db
      .updateTable("data_keys")
      .set({ wrapped: null, destroyed_at: "2030-01-01T00:00:00.000Z" })
      .where("owner_id", "=", "b1")
      .execute();
    const keys = await codec.keysFor(store.db, ["b1"]);
    expect(keys.isErased("b1")).toBe(true);
    expect(() => keys.seal("x", "b1")).toThrow(/erased/);
  });
});
