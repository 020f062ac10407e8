/**
 * Who a session or API token stands for, remembered for a moment so a request
 * does not pay a store read before it starts (on SQLite under load that read
 * cost more than the rest of a small request). An entry lives at most `ttlMs`
 * and never past the session's or the agreement's end. Changes made through
 * this process (logout, users, tokens, agreements) clear every entry once
 * committed; another process's change applies within `ttlMs`.
 */
export class CredentialCache<T> {
  readonly #entries = new Map<string, { value: T; untilMs: number }>();
  #generation = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, nowMs: number): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (nowMs < entry.untilMs) return entry.value;
    this.#entries.delete(key);
    return undefined;
  }

  /** A token to pass back to `set`: an answer read before a `clear` is not kept. */
  generation(): number {
    return this.#generation;
  }

  set(key: string, value: T, untilMs: number, readAtGeneration: number): void {
    if (this.ttlMs <= 0 || readAtGeneration !== this.#generation) return;
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    this.#entries.set(key, { value, untilMs });
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }
}
