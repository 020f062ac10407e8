import { describe, expect, it } from "vitest";
import { CredentialCache } from "./credential-cache.js";

describe("CredentialCache", () => {
  it("keeps an answer until its end and no longer", () => {
    const cache = new CredentialCache<string>(1000);
    cache.set("k", "alice", 1500, cache.generation());
    expect(cache.get("k", 1499)).toBe("alice");
    expect(cache.get("k", 1500)).toBeUndefined();
  });

  it("drops every answer on clear, and refuses one read before the clear", () => {
    const cache = new CredentialCache<string>(1000);
    cache.set("a", "alice", 2000, cache.generation());
    const readBefore = cache.generation();
    cache.clear();
    expect(cache.get("a", 0)).toBeUndefined();
    cache.set("b", "bob", 2000, readBefore);
    expect(cache.get("b", 0)).toBeUndefined();
    cache.set("b", "bob", 2000, cache.generation());
    expect(cache.get("b", 0)).toBe("bob");
  });

  it("keeps nothing when its time to live is zero, and stays bounded", () => {
    expect(
      (() => {
        const off = new CredentialCache<string>(0);
        off.set("a", "alice", 2000, off.generation());
        return off.get("a", 0);
      })(),
    ).toBeUndefined();
    const small = new CredentialCache<string>(1000, 2);
    for (const key of ["a", "b", "c"]) small.set(key, key, 2000, small.generation());
    expect(small.get("c", 0)).toBe("c");
    expect(small.get("a", 0)).toBeUndefined();
  });
});
