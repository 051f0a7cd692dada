export interface Ids {
  /** A new unique id with a readable prefix, e.g. "usr_…". */
  next(prefix: string): string;
}
