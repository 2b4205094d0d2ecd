import { can, hardMute, liftMute, liftMuteAll, muteAll } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { roomChannel } from '../channels';
import type { RoomHandlerContext } from '../handler';
import { recordAction } from './audit';
import { changeMutes } from './mutes';
import { moderatedParticipant } from './target';

export function mute(ctx: RoomHandlerContext<'mod:mute'>): Promise<Reply<'mod:mute'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const target = moderatedParticipant(room, identity, payload.participantId);
    await recordAction(room, deps, identity, 'mute', target, { kind: payload.kind });
    await changeMutes(room, deps, () => {
      room.mutes = hardMute(room.mutes, payload.participantId, payload.kind);
    });
    return {};
  });
}

export function unmute(ctx: RoomHandlerContext<'mod:unmute'>): Promise<Reply<'mod:unmute'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const target = moderatedParticipant(room, identity, payload.participantId);
    await recordAction(room, deps, identity, 'unmute', target, { kind: payload.kind });
    await changeMutes(room, deps, () => {
      room.mutes = liftMute(room.mutes, payload.participantId, payload.kind);
    });
    return {};
  });
}

export function askUnmute(
  ctx: RoomHandlerContext<'mod:ask-unmute'>,
): Promise<Reply<'mod:ask-unmute'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const target = moderatedParticipant(room, identity, payload.participantId);
    await recordAction(room, deps, identity, 'ask-unmute', target, { kind: payload.kind });
    await changeMutes(room, deps, () => {
      room.mutes = liftMute(room.mutes, payload.participantId, payload.kind);
    });
    // Asking is all a moderator can do: the person turns it on, or not.
    const socketId = room.speakerOf(payload.participantId);
    if (socketId) deps.io.to(socketId).emit('moderation:unmute-requested', { kind: payload.kind });
    return {};
  });
}

export function setMuteAll(
  ctx: RoomHandlerContext<'mod:mute-all'>,
): Promise<Reply<'mod:mute-all'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'room:mute-all'))
      throw new HavenError('FORBIDDEN', 'Only moderators can mute everyone.');
    if (room.mutes.allAudio === payload.on) return {};
    await recordAction(room, deps, identity, payload.on ? 'mute-all' : 'unmute-all');
    await changeMutes(room, deps, () => {
      room.mutes = payload.on ? muteAll(room.mutes) : liftMuteAll(room.mutes);
    });
    deps.io.to(roomChannel(room.id)).emit('moderation:mute-all', { on: payload.on });
    return {};
  });
}
