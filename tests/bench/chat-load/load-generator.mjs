// One load generator process: its own rooms, whole (so every delivery it expects is one it can
// see), driven by the parent over IPC. Open loop: each message has an intended send time on a
// fixed schedule, and latency is counted from that time, so a server that falls behind cannot
// hide it by slowing the senders down. Times come from the monotonic clock the processes share.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import hdr from 'hdr-histogram-js';
import { io } from 'socket.io-client';

const now = () => process.hrtime.bigint();
const micros = (ns) => Number(ns / 1000n);
const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

/** What differs between Haven and the baseline relay: how to connect, join, send and listen. */
const targets = {
  haven: {
    connect: (url, { deviceToken, cookie, protocolVersion }) =>
      io(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: deviceToken ? { protocolVersion, deviceToken } : { protocolVersion },
        ...(cookie && { extraHeaders: { cookie } }),
      }),
    join: (socket, sessionId, protocolVersion, lastSeq) =>
      socket.timeout(20_000).emitWithAck('session:join', {
        protocolVersion,
        sessionId,
        ...(lastSeq !== undefined && { lastSeq }),
      }),
    send: (socket, _room, clientMsgId, text) =>
      socket.timeout(20_000).emitWithAck('chat:send', { clientMsgId, text }),
    onMessage: (socket, handle) => socket.on('chat:message', (m) => handle(m.text, m.seq)),
    selfIdOf: (joined) => joined.data.self.id,
    /** What a rejoining client missed, as the join reply carries it. */
    replayOf: (joined) => joined.data.history.map((m) => [m.text, m.seq]),
    /** Where a first join finds the room: a later return asks for what came after it. */
    lastSeqOf: (joined) => joined.data.history.at(-1)?.seq ?? 0,
  },
  baseline: {
    connect: (url) => io(url, { transports: ['websocket'], reconnection: false, forceNew: true }),
    join: (socket, room) => socket.timeout(20_000).emitWithAck('join', room),
    send: (socket, room, _clientMsgId, text) =>
      socket.timeout(20_000).emitWithAck('chat', { room, text }),
    onMessage: (socket, handle) => socket.on('msg', (text) => handle(text, undefined)),
    selfIdOf: () => null,
    // A raw relay keeps nothing: what happened while away is gone.
    replayOf: () => [],
    lastSeqOf: () => undefined,
  },
};

let setup;
const clients = []; // { socket, room, index, isModerator, selfId }
const freshStats = () => ({
  latency: histogram(),
  ack: histogram(),
  sent: 0,
  acked: 0,
  refused: {},
  expected: 0,
  received: 0,
  duplicates: 0,
  reordered: 0,
  muteAck: histogram(),
  muteNotify: histogram(),
  leaked: 0,
  replay: histogram(),
  replayed: 0,
  skippedAway: 0,
});
let stats = freshStats();
// receiver index → sender index → { last, seen }
const seenBy = new Map();
// sender index → intended send time (ns) after which their messages must not be delivered
const mutedSince = new Map();

/** Rooms joining at the same time: enough to be quick, not a flood of handshakes at once. */
const ROOMS_AT_ONCE = 4;
/** Numbering across every join (setup, then the knee's extra rooms): a client's index is its name. */
let index = 0;
let roomCount = 0;

async function connectAll(rooms) {
  const { staffCookie } = setup;
  const queue = [...rooms];
  const connectRoom = async (room) => {
    const people = [
      { cookie: staffCookie, isModerator: true },
      ...room.deviceTokens.map((deviceToken) => ({ deviceToken, isModerator: false })),
    ];
    const r = roomCount++;
    await Promise.all(
      people.map(async (person) => {
        const client = {
          person,
          socket: null,
          room: r,
          roomName: room.sessionId,
          index: index++,
          isModerator: person.isModerator,
          selfId: null,
          lastSeq: undefined,
          away: false,
        };
        await attach(client);
        clients.push(client);
      }),
    );
  };
  await Promise.all(
    Array.from({ length: ROOMS_AT_ONCE }, async () => {
      for (let room = queue.shift(); room; room = queue.shift()) await connectRoom(room);
    }),
  );
}
/** Connects a client and joins its room; on a return, the server's catch-up counts as replay. */
async function attach(client, { replay = false } = {}) {
  const target = targets[setup.target];
  const { url, protocolVersion } = setup;
  const socket = target.connect(url, { ...client.person, protocolVersion });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  // Live messages that overtake the join's catch-up wait for it, as the app's timeline would
  // order them by seq: arrival order here is not delivery order.
  const early = [];
  let caughtUp = !replay;
  target.onMessage(socket, (text, seq) => {
    if (caughtUp) receive(client, text, seq, false);
    else early.push([text, seq]);
  });
  const joined = await target.join(
    socket,
    client.roomName,
    protocolVersion,
    replay ? client.lastSeq : undefined,
  );
  if (joined && joined.ok === false) throw new Error(`join refused: ${JSON.stringify(joined)}`);
  client.socket = socket;
  client.selfId = target.selfIdOf(joined);
  if (!replay) client.lastSeq = target.lastSeqOf(joined);
  if (replay) {
    const replayed = target.replayOf(joined);
    const last = replayed.at(-1)?.[1] ?? client.lastSeq ?? 0;
    for (const [text, seq] of replayed) receive(client, text, seq, true);
    for (const [text, seq] of early)
      if (seq === undefined || seq > last) receive(client, text, seq, false);
    caughtUp = true;
  }
}

/** Away for a while (a lost signal, a closed laptop), then back, catching up if the server can. */
async function away(client, ms) {
  client.away = true;
  client.socket.disconnect();
  await new Promise((r) => setTimeout(r, ms));
  client.backAt = now();
  await attach(client, { replay: true });
  client.away = false;
}

function receive(client, text, roomSeq, replayed) {
  if (roomSeq !== undefined) client.lastSeq = Math.max(client.lastSeq ?? 0, roomSeq);
  const [senderText, seqText, intendedText] = String(text).split(':');
  if (intendedText === undefined) return;
  const sender = Number(senderText);
  if (sender === client.index) return; // A guard: a sender's own message comes in its ack.
  const seq = Number(seqText);
  const intended = BigInt(intendedText);
  const at = now();
  stats.received++;
  stats.latency.recordValue(Math.max(1, micros(at - intended)));
  if (replayed) {
    // Replay latency: from the moment the person came back to the message on their screen.
    stats.replayed++;
    stats.replay.recordValue(Math.max(1, micros(at - client.backAt)));
  }
  const muted = mutedSince.get(sender);
  if (muted !== undefined && intended > muted) stats.leaked++;
  let bySender = seenBy.get(client.index);
  if (!bySender) seenBy.set(client.index, (bySender = new Map()));
  let track = bySender.get(sender);
  if (!track) bySender.set(sender, (track = { last: -1, seen: new Set() }));
  if (track.seen.has(seq)) stats.duplicates++;
  else if (seq < track.last) stats.reordered++;
  track.seen.add(seq);
  track.last = Math.max(track.last, seq);
}

/** The plan: every participant's sends over the phases, each at its intended time. */
function plan(startNs, phases) {
  const sends = [];
  const senders = clients.filter((c) => !c.isModerator);
  let phaseStart = startNs;
  for (const { rate, durationMs } of phases) {
    const interval = BigInt(Math.round(1e9 / rate));
    const end = phaseStart + BigInt(durationMs) * 1_000_000n;
    for (const c of senders) {
      // A random phase per person: nobody sends in lockstep.
      for (
        let t = phaseStart + BigInt(Math.floor(Math.random() * Number(interval)));
        t < end;
        t += interval
      )
        sends.push({ at: t, client: c });
    }
    phaseStart = end;
  }
  sends.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { sends, end: phaseStart };
}

let runs = 0;

async function run({ startNs, phases, muteEveryMs, drop, churn }) {
  const runId = ++runs;
  const target = targets[setup.target];
  const roomSize = setup.rooms[0].deviceTokens.length + 1; // every room has the same size
  const { sends, end } = plan(BigInt(startNs), phases);
  const seqOf = new Map();
  const pending = [];
  let next = 0;
  loopDelay.enable();

  const mutes = setup.target === 'haven' && muteEveryMs > 0 ? startMutes(muteEveryMs, end) : null;
  const outages = [
    drop && dropAt(BigInt(startNs) + BigInt(drop.atMs) * 1_000_000n, drop.fraction, drop.forMs),
    churn && churnUntil(BigInt(startNs), end, churn.fractionPer10s, churn.forMs),
  ];

  await new Promise((resolve) => {
    const tick = () => {
      const t = now();
      while (next < sends.length && sends[next].at <= t) {
        const { at, client } = sends[next++];
        // Someone without a connection sends nothing (the app would queue it; that is another
        // measure): skipped sends are counted, not expected.
        if (client.away) {
          stats.skippedAway++;
          continue;
        }
        const seq = (seqOf.get(client.index) ?? 0) + 1;
        seqOf.set(client.index, seq);
        const text = `${client.index}:${seq}:${at}`;
        stats.sent++;
        pending.push(
          target
            .send(client.socket, client.roomName, `m${runId}-${client.index}-${seq}`, text)
            .then(
              (reply) => {
                if (reply && reply.ok === false) {
                  const code = reply.error?.code ?? 'ERROR';
                  stats.refused[code] = (stats.refused[code] ?? 0) + 1;
                  return;
                }
                stats.acked++;
                stats.expected += roomSize - 1;
                stats.ack.recordValue(Math.max(1, micros(now() - at)));
              },
              () => {
                // No answer: the sender's connection went mid-send (the app would resend the
                // same message on return), or the server did not answer in time.
                const code = client.away ? 'UNANSWERED_SENDER_LEFT' : 'TIMEOUT';
                stats.refused[code] = (stats.refused[code] ?? 0) + 1;
              },
            ),
        );
      }
      if (next >= sends.length) return resolve();
      const wait = Number((sends[next].at - now()) / 1_000_000n);
      setTimeout(tick, Math.max(0, wait));
    };
    tick();
  });
  await Promise.all(pending);
  await mutes;
  await Promise.all(outages);
  loopDelay.disable();
}

const participants = () => clients.filter((c) => !c.isModerator && !c.away);
const pick = (list, n) => [...list].sort(() => Math.random() - 0.5).slice(0, n);
const sleepUntil = (ns) =>
  new Promise((r) => setTimeout(r, Math.max(0, Number((ns - now()) / 1_000_000n))));

/** The drop test: a share of everyone loses their connection at once, for a while. */
async function dropAt(atNs, fraction, forMs) {
  await sleepUntil(atNs);
  const dropped = pick(participants(), Math.round(participants().length * fraction));
  await Promise.all(dropped.map((c) => away(c, forMs)));
}

/**
 * Churn: a small share of people drop and come back a moment later, spread over the phase (half
 * the share every 5 s from 2 s in, so that a short phase has its churn too).
 */
async function churnUntil(startNs, endNs, fractionPer10s, forMs) {
  const outages = [];
  for (
    let at = startNs + 2_000_000_000n;
    at + BigInt(forMs) * 1_000_000n < endNs;
    at += 5_000_000_000n
  ) {
    await sleepUntil(at);
    const leaving = pick(participants(), Math.round((participants().length * fractionPer10s) / 2));
    outages.push(...leaving.map((c) => away(c, forMs)));
  }
  await Promise.all(outages);
}

/** Moderators mute someone (chat) and unmute them again, in turn, every few seconds. */
async function startMutes(everyMs, endNs) {
  const byRoom = new Map();
  for (const c of clients) {
    const room = byRoom.get(c.room) ?? { moderator: null, people: [] };
    if (c.isModerator) room.moderator = c;
    else room.people.push(c);
    byRoom.set(c.room, room);
  }
  const cycles = [];
  for (const { moderator, people } of byRoom.values()) {
    cycles.push(
      (async () => {
        // Staggered start, so a hundred rooms do not mute in the same millisecond.
        await new Promise((r) => setTimeout(r, Math.random() * everyMs));
        let turn = 0;
        while (now() + BigInt(everyMs) * 1_000_000n < endNs) {
          const target = people[turn++ % people.length];
          if (target.away) {
            await new Promise((r) => setTimeout(r, 200));
            continue;
          }
          const notified = new Promise((resolve) => {
            setTimeout(() => resolve(null), 10_000);
            const on = (m) => {
              if (m.participantId === target.selfId && m.kinds.includes('chat')) {
                target.socket.off('moderation:mutes', on);
                resolve(now());
              }
            };
            target.socket.on('moderation:mutes', on);
          });
          const asked = now();
          const reply = await moderator.socket
            .timeout(20_000)
            .emitWithAck('mod:mute', { participantId: target.selfId, kind: 'chat' });
          const acked = now();
          if (reply?.ok === false) continue;
          mutedSince.set(target.index, acked);
          stats.muteAck.recordValue(Math.max(1, micros(acked - asked)));
          const heard = await notified;
          if (heard !== null) stats.muteNotify.recordValue(Math.max(1, micros(heard - asked)));
          await new Promise((r) => setTimeout(r, everyMs / 2));
          // Unmuted from the moment of asking: a message sent after this may pass again.
          mutedSince.delete(target.index);
          await moderator.socket
            .timeout(20_000)
            .emitWithAck('mod:unmute', { participantId: target.selfId, kind: 'chat' });
          await new Promise((r) => setTimeout(r, everyMs / 2));
        }
      })(),
    );
  }
  await Promise.all(cycles);
}

const encode = (h) => (h.totalCount > 0 ? hdr.encodeIntoCompressedBase64(h) : null);

process.on('message', async (message) => {
  try {
    if (message.type === 'setup') {
      setup = message;
      await connectAll(message.rooms);
      process.send({ type: 'ready', clients: clients.length });
    } else if (message.type === 'grow') {
      // More rooms for the knee, joined between steps.
      await connectAll(message.rooms);
      process.send({ type: 'grown', clients: clients.length });
    } else if (message.type === 'run') {
      stats = freshStats();
      seenBy.clear();
      await run(message);
      // Late deliveries still count (as latency), up to the drain time.
      await new Promise((r) => setTimeout(r, message.drainMs));
      process.send({
        type: 'result',
        sent: stats.sent,
        acked: stats.acked,
        refused: stats.refused,
        expected: stats.expected,
        received: stats.received,
        duplicates: stats.duplicates,
        reordered: stats.reordered,
        leaked: stats.leaked,
        replayed: stats.replayed,
        skippedAway: stats.skippedAway,
        replay: encode(stats.replay),
        latency: encode(stats.latency),
        ack: encode(stats.ack),
        muteAck: encode(stats.muteAck),
        muteNotify: encode(stats.muteNotify),
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      });
    } else if (message.type === 'close') {
      for (const c of clients) c.socket.disconnect();
      process.exit(0);
    }
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error) });
  }
});
