/** One-time codes (invitations, password resets): made from a secure random source, stored only as a digest. */
export interface Secrets {
  /** A new high-entropy code a person can type, e.g. "K7QM-2XWD-9FHT". */
  newCode(): string;
  /** The digest kept in the store in place of the code. */
  digest(code: string): string;
  /** A new TOTP key (RFC 6238): 20 random bytes (160 bits, RFC 4226's recommended length) in base 32; kept only sealed (ports/sealer.ts). */
  newTotpKey(): string;
}
