import { randomFillSync } from "node:crypto";
import { v7 } from "uuid";

const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let used = POOL_BYTES;

/** 16 random bytes from a pool filled 256 ids at a time: uuid asks Web Crypto per id, which cost ~3 µs each. */
function pooledRandom(): Uint8Array {
  if (used + 16 > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/**
 * A UUIDv7 (RFC 9562): the millisecond first, so new rows land at the right edge of every index
 * keyed by id instead of on a random page, and a group commit writes a few pages rather than one
 * per row. Ids of one millisecond are unordered among themselves, which costs nothing here.
 */
export function timeOrderedId(): string {
  return v7({ rng: pooledRandom });
}
