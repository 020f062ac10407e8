// A deterministic source of numbers in [0, 1), so every run benchmarks the same inputs.
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export function seeded(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => uniformInt(rng, 0, 0xffff_ffff) / 0x1_0000_0000;
}
