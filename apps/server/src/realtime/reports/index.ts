import { can } from '@haven/core';
import type { Reply, Report } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { modsChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { createHandlerRegistry, RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from '../moderation/audit';

/** One person's reports in one session: enough for real trouble, not a way to flood moderators. */
const REPORTS_PER_PERSON = 20;

/**
 * Reports: anyone in the room tells the moderators about a message or a person. Only the
 * moderators' channel hears of it; the reported person is never told, by any event.
 */
export function registerReportHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('report:create', create);
  handleInRoom('report:list', list);
  handleInRoom('report:resolve', resolve);
}

function create(ctx: RoomHandlerContext<'report:create'>): Promise<Reply<'report:create'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'chat:read'))
      throw new HavenError('FORBIDDEN', 'You are not in this room.');
    const { target } = payload;
    let subject: { id: string; name: string };
    let messageText: string | null = null;
    if (target.kind === 'message') {
      const [message] =
        target.seq <= room.lastCommittedSeq
          ? await deps.store.chat.after(room.id, target.seq - 1, 1, room.lastCommittedSeq)
          : [];
      if (!message || message.seq !== target.seq)
        throw new HavenError('NOT_FOUND', 'No such message in this session.');
      subject = { id: message.senderId, name: message.senderName };
      messageText = message.text;
    } else {
      const person = room.presence.participants.get(target.participantId);
      if (!person) throw new HavenError('NOT_FOUND', 'That person is not in this session.');
      subject = { id: person.id, name: person.displayName };
    }
    if (subject.id === identity.participantId)
      throw new HavenError('INVALID_ARGUMENT', 'You cannot report yourself.');

    const mine = (await deps.store.reports.of(room.id)).filter(
      (r) => r.reporter.id === identity.participantId,
    );
    // Reporting the same thing again while it is open is the same report.
    const same = mine.find(
      (r) =>
        r.resolution === null &&
        r.subject.id === subject.id &&
        r.seq === (target.kind === 'message' ? target.seq : null),
    );
    if (same) return { reportId: same.id };
    if (mine.length >= REPORTS_PER_PERSON)
      throw new HavenError(
        'RATE_LIMITED',
        'You have sent many reports; a moderator will look at them.',
      );

    const report: Report = {
      id: deps.ids.next(),
      sessionId: room.id,
      reporter: {
        id: identity.participantId,
        name: room.presence.participants.get(identity.participantId)?.displayName ?? '',
      },
      subject,
      seq: target.kind === 'message' ? target.seq : null,
      messageText,
      reason: payload.reason,
      createdAt: new Date(deps.clock.now()).toISOString(),
      resolution: null,
    };
    await deps.store.reports.add(report);
    await recordAction(room, deps, identity, 'report-made', {
      id: subject.id,
      displayName: subject.name,
    });
    toModerators(room, deps, report);
    return { reportId: report.id };
  });
}

/**
 * A report goes to the moderators, except to one who is its subject: a report about a moderator
 * is for the others (and the facilitators, after the session).
 */
function toModerators(room: LiveRoom, deps: RealtimeDeps, report: Report): void {
  const subject = room.speakerOf(report.subject.id);
  const mods = deps.io.to(modsChannel(room.id));
  (subject ? mods.except(subject) : mods).emit('report:changed', report);
}

async function list(ctx: RoomHandlerContext<'report:list'>): Promise<Reply<'report:list'>> {
  const { room, identity, deps } = ctx;
  if (!can(actorIn(room, identity), 'support:respond'))
    throw new HavenError('FORBIDDEN', 'Only moderators read reports.');
  const reports = await deps.store.reports.of(room.id);
  return { reports: reports.filter((r) => r.subject.id !== identity.participantId) };
}

function resolve(ctx: RoomHandlerContext<'report:resolve'>): Promise<Reply<'report:resolve'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'support:respond'))
      throw new HavenError('FORBIDDEN', 'Only moderators resolve reports.');
    const by = {
      id: identity.participantId,
      name: room.presence.participants.get(identity.participantId)?.displayName ?? '',
    };
    // Nobody decides about a report on themselves (they never see it).
    const about = (await deps.store.reports.of(room.id)).find((r) => r.id === payload.reportId);
    if (!about || about.subject.id === identity.participantId)
      throw new HavenError('NOT_FOUND', 'No such report in this session.');
    const report = await deps.store.reports.resolve(
      room.id,
      payload.reportId,
      payload.outcome,
      by,
      new Date(deps.clock.now()).toISOString(),
    );
    if (!report) throw new HavenError('NOT_FOUND', 'No such report in this session.');
    await recordAction(
      room,
      deps,
      identity,
      'report-resolved',
      { id: report.subject.id, displayName: report.subject.name },
      { outcome: report.resolution?.outcome ?? payload.outcome },
    );
    toModerators(room, deps, report);
    return report;
  });
}
