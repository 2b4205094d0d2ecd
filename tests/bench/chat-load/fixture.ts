// Rooms for the chat load benchmark, written straight into a fresh data directory before the
// server starts on it: 100 rooms of 10 people cannot come through the join page, whose rate
// limits protect real servers from exactly this. Run with tsx: fixture.ts <dataDir> <rooms> <size>
import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../../../apps/server/src/auth/tokens';
import { STAFF_COOKIE } from '../../../apps/server/src/http/principal';
import { openStore } from '../../../apps/server/src/store/store';

const [dataDir, roomsArg, sizeArg] = process.argv.slice(2);
if (!dataDir || !roomsArg || !sizeArg)
  throw new Error('usage: fixture.ts <dataDir> <rooms> <size>');
const rooms = Number(roomsArg);
const size = Number(sizeArg);
const at = new Date().toISOString();
const id = () => randomUUID().replaceAll('-', '');

const store = await openStore({ dataDir });
const staffId = id();
await store.staff.create({
  id: staffId,
  email: 'bench-moderator@example.org',
  name: 'Moderator',
  // Never signs in with a password: the benchmark holds a session cookie made here.
  passwordHash: 'not-a-password-hash',
  role: 'facilitator',
  isAdmin: false,
  createdAt: at,
});
const cookieSecret = newSecret();
await store.staff.createSession({
  tokenHash: hashSecret(cookieSecret),
  staffId,
  csrfToken: newSecret(),
  createdAt: at,
  expiresAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
});

const out: { sessionId: string; deviceTokens: string[] }[] = [];
for (let r = 0; r < rooms; r++) {
  const groupId = id();
  const sessionId = id();
  await store.groups.create({
    id: groupId,
    name: `Bench room ${r + 1}`,
    description: '',
    language: 'en',
    visibility: 'open',
    capacity: 50,
    approvalRequired: false,
    media: 'text_only',
    cameraOnAtJoin: false,
    agreementText: 'Be kind.',
    createdAt: at,
  });
  await store.groups.assignStaff(groupId, staffId, 'moderator');
  await store.sessions.create({
    id: sessionId,
    groupId,
    title: 'Bench',
    createdAt: at,
    lobby: false,
  });
  const deviceTokens: string[] = [];
  for (let p = 0; p < size - 1; p++) {
    const participantId = id();
    const token = newSecret();
    await store.participants.create(participantId, hashSecret(token), at);
    await store.participants.putMembership(
      { groupId, participantId, displayName: `P${r}-${p}`, status: 'admitted' },
      at,
    );
    await store.participants.recordAcceptance(groupId, participantId, 1, at);
    deviceTokens.push(token);
  }
  out.push({ sessionId, deviceTokens });
}
await store.close();
process.stdout.write(
  JSON.stringify({ staffCookie: `${STAFF_COOKIE}=${cookieSecret}`, rooms: out }),
);
