/** One-time codes (invitations, password resets): made from a secure random source, stored only as a digest. */
export interface Secrets {
  /** A new high-entropy code a person can type, e.g. "K7QM-2XWD-9FHT". */
  newCode(): string;
  /** The digest kept in the store in place of the code. */
  digest(code: string): string;
}
