/** Time comes in from outside so rules are deterministic under test. Milliseconds since epoch. */
export interface Clock {
  now(): number;
}

/** Ids come in from outside for the same reason. */
export interface IdGenerator {
  next(): string;
}
