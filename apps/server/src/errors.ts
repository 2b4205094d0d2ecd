import type { ErrorCode } from '@haven/protocol';

/** An expected refusal: its code and message go to the client as they are. */
export class HavenError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
