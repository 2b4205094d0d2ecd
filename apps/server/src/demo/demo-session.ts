import type { Clock, IdGenerator } from '@haven/core';
import type { Store } from '../store/store';

const DEMO_AGREEMENT = [
  'What is said here stays here.',
  'Speak from your own experience; listen without judging.',
  'Use a name you are comfortable with. You never have to share more than you want.',
  'The moderators may remove messages or people to keep the group safe.',
].join('\n');

/**
 * Until groups and scheduling exist, this makes a group and a session to try Haven with.
 * Returns the new session's id.
 */
export async function createDemoSession(
  store: Store,
  clock: Clock,
  ids: IdGenerator,
): Promise<string> {
  const createdAt = new Date(clock.now()).toISOString();
  const groupId = ids.next();
  const sessionId = ids.next();
  await store.groups.create({
    id: groupId,
    name: 'Demo circle',
    description: 'A place to try Haven.',
    language: 'en',
    // Anyone with the link may come in: this is a place to try Haven, not a real group.
    visibility: 'open',
    capacity: 12,
    approvalRequired: false,
    media: 'audio_video',
    cameraOnAtJoin: false,
    agreementText: DEMO_AGREEMENT,
    createdAt,
  });
  await store.sessions.create({ id: sessionId, groupId, title: 'Weekly check-in', createdAt });
  return sessionId;
}

export const joinLink = (baseUrl: string, sessionId: string): string =>
  new URL(`/s/${sessionId}`, baseUrl).toString();
