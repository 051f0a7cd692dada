/** Salted slow hashing of passwords. The stored form is opaque to the domain. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /**
   * True when a stored hash was made with an older scheme or weaker parameters than `hash` uses now:
   * the core re-hashes the password at the user's next successful sign-in.
   */
  needsRehash(stored: string): boolean;
  /**
   * A stored form that no password matches, made with today's scheme and cost: verified against
   * when an email is unknown, so that a wrong email takes as long as a wrong password.
   */
  readonly unknownUserHash: string;
}
