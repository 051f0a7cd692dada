/**
 * Secrets the core must read back, so cannot hash (a two-step sign-in's TOTP key): sealed with the data
 * key the host gives the core when it opens the store (adapters/sealer.ts: AES-256-GCM). The store keeps
 * only the sealed text; the data key is never in the store.
 */
export interface Sealer {
  /**
   * The sealed text form of `plain` (it names the data key that sealed it, so a key can be rotated), or
   * null when this host holds no data key to seal with (a shared account whose deployment gave none):
   * then nothing may be kept, and the caller refuses.
   */
  seal(plain: string): string | null;
  /** The plain text, or null when it cannot be opened here: a key this host does not hold, a value changed or damaged. */
  open(sealed: string): string | null;
  /** Where the data key is kept, for the diagnostics report (never the key). */
  describe(): string;
}
