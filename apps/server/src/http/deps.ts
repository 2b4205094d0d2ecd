import type { Clock, IdGenerator } from '@haven/core';
import type { Logger } from '../logger';
import type { Store } from '../store/store';

export interface HttpDeps {
  store: Store;
  log: Logger;
  clock: Clock;
  ids: IdGenerator;
  /** The current time as stored (ISO-8601 UTC). */
  now(): string;
  /** Base of the links Haven hands out (invites, resets); the request's origin when unset. */
  publicUrl: string | undefined;
  /**
   * Closes every live connection of a participant or staff member after their access changed
   * (removed, left, deleted, unassigned, new password): they reconnect and are checked afresh.
   */
  disconnect(principalId: string): void;
  /** A group's media setting changed: live rooms of the group apply it at once. */
  groupMediaChanged(groupId: string): void;
  /** A group's (or, for null, the platform's) watched words changed: live rooms read them again. */
  watchedWordsChanged(groupId: string | null): void;
  /** Whether a group hides contact details changed: its live rooms apply it at once. */
  groupMaskChanged(groupId: string, maskContacts: boolean): void;
  /** A ban was lifted: live rooms of the group let that member in again. */
  banLifted(groupId: string, memberId: string): void;
}
