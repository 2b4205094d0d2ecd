import type { Payload, Reply } from '@haven/protocol';
import { expectOk, joinAs, type HavenUnderTest, type TestClient } from './haven-under-test';

// What a browser's mediasoup-client would send, for server tests without a browser.

export const OPUS = {
  mimeType: 'audio/opus',
  payloadType: 111,
  clockRate: 48000,
  channels: 2,
  parameters: { useinbandfec: 1 },
  rtcpFeedback: [],
};
export const VP8 = {
  mimeType: 'video/VP8',
  payloadType: 96,
  clockRate: 90000,
  parameters: {},
  rtcpFeedback: [{ type: 'nack', parameter: '' }],
};
let ssrc = 1000;
export const rtp = (codec: typeof OPUS | typeof VP8) => ({
  mid: String(ssrc),
  codecs: [codec],
  headerExtensions: [],
  encodings: [{ ssrc: ssrc++ }],
  rtcp: { cname: 'haven-test' },
});

export interface Publisher {
  client: TestClient;
  start: Reply<'media:start'>;
  /** Their id in the room. */
  id: string;
}

/** Joins the session and sets up media the way the web app does. */
export async function withMedia(
  client: TestClient,
  t: HavenUnderTest,
  name: string,
): Promise<Publisher> {
  const { self } = expectOk(await joinAs(client, t.sessionId, name));
  const { routerRtpCapabilities } = expectOk(await client.request('media:capabilities', {}));
  // The router's own capabilities stand in for a browser's: they can receive everything.
  const start = expectOk(
    await client.request('media:start', { rtpCapabilities: routerRtpCapabilities }),
  );
  return { client, start, id: self.id };
}

export async function produce(
  p: Publisher,
  source: 'microphone' | 'camera',
  extra: Partial<Payload<'media:produce'>> = {},
) {
  return p.client.request('media:produce', {
    transportId: p.start.send.id,
    kind: source === 'microphone' ? 'audio' : 'video',
    source,
    rtpParameters: rtp(source === 'microphone' ? OPUS : VP8),
    ...extra,
  });
}

export async function roomMedia(t: HavenUnderTest) {
  const room = await t.haven.rooms.get(t.sessionId);
  return room?.media ?? null;
}

export async function groupId(t: HavenUnderTest): Promise<string> {
  const session = await t.haven.store.sessions.find(t.sessionId);
  if (!session) throw new Error('no session');
  return session.groupId;
}
