/** Salted slow hashing of passwords. The stored form is opaque to the domain. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}
