import { hashSecret, newSecret } from '../auth/tokens';
import { randomIds } from '../system';
import type { HavenUnderTest } from './haven-under-test';
import { HttpClient } from './http-client';

/**
 * An admitted member of a group, made straight in the store (with agreement version 1 accepted),
 * and the HTTP client of their device.
 */
export async function admittedMember(
  t: HavenUnderTest,
  groupId: string,
  name: string,
  at: string,
): Promise<{ http: HttpClient; deviceToken: string; memberId: string }> {
  const participantId = randomIds.next();
  const deviceToken = newSecret();
  const { participants } = t.haven.store;
  await participants.create(participantId, hashSecret(deviceToken), at);
  await participants.putMembership(
    { groupId, participantId, displayName: name, status: 'admitted' },
    at,
  );
  await participants.recordAcceptance(groupId, participantId, 1, at);
  const http = new HttpClient(t.haven.url);
  http.deviceToken = deviceToken;
  const memberId = (await participants.membership(groupId, participantId))?.memberId ?? '';
  return { http, deviceToken, memberId };
}
