import { z } from 'zod';
import { Id } from './common';

export const MuteKind = z.enum(['audio', 'video', 'chat']);
export type MuteKind = z.infer<typeof MuteKind>;

export const ModMutePayload = z.strictObject({ participantId: Id, kind: MuteKind });
export const ModMuteAllPayload = z.strictObject({
  on: z.boolean().describe('On: everyone but staff is muted, people who join later too.'),
});
export const AskUnmutePayload = z.strictObject({
  participantId: Id,
  kind: z.enum(['audio', 'video']),
});

/** What is switched off for one person by moderation, as everyone in the room sees it. */
export const ParticipantMutes = z.object({
  participantId: Id,
  kinds: z.array(MuteKind).describe('Empty: nothing is muted by a moderator.'),
});
export type ParticipantMutes = z.infer<typeof ParticipantMutes>;

export const MuteAllChanged = z.object({ on: z.boolean() });
export const UnmuteRequested = z.object({ kind: z.enum(['audio', 'video']) });

export const Turn = z.object({
  participantId: Id,
  endsAt: z.iso.datetime().describe('When the turn ends by itself (UTC).'),
});
export const HandQueueView = z.object({
  raised: z.array(Id).describe('Raised hands, the next to speak first.'),
  turn: Turn.nullable(),
});
export type HandQueueView = z.infer<typeof HandQueueView>;

export const SLOW_MODE_MAX_S = 300;
/** Room-wide controls, as everyone in the room sees them. */
export const RoomSettings = z.object({
  locked: z.boolean().describe('No new entries, even with a valid invite.'),
  paused: z.boolean().describe("A breathing moment: everyone's media and chat stop."),
  slowModeSeconds: z.number().int().min(0).max(SLOW_MODE_MAX_S).describe('0: off.'),
});
export type RoomSettings = z.infer<typeof RoomSettings>;

export const RoomModeration = z.object({
  settings: RoomSettings,
  muteAll: z.boolean(),
  mutes: z.array(ParticipantMutes).describe('Only people with something muted.'),
  hands: HandQueueView,
});
export type RoomModeration = z.infer<typeof RoomModeration>;

export const HandPayload = z.strictObject({ participantId: Id });
export const LowerHandPayload = z.strictObject({
  participantId: Id.optional().describe("Someone else's hand (moderators); yours when absent."),
});
export const GrantTurnPayload = z.strictObject({
  participantId: Id,
  seconds: z.number().int().min(15).max(900).default(120),
});
export const TurnOffered = z.object({ participantId: Id });

export const RemovePayload = z.strictObject({
  participantId: Id,
  ban: z
    .enum(['session', 'group'])
    .default('session')
    .describe('session: kept out of this session; group: out of every session and the group.'),
  revokeInvite: z.boolean().default(false).describe('Also revoke the invite link they came by.'),
});
export const Removed = z.object({
  scope: z.enum(['session', 'group']),
});

export const WARNING_MAX = 500;
export const WarnPayload = z.strictObject({
  participantId: Id,
  text: z.string().trim().min(1).max(WARNING_MAX),
});
export const Warning = z.object({
  text: z.string().describe('A private word from the moderators; only the person sees it.'),
});

export const TimeoutPayload = z.strictObject({
  participantId: Id,
  minutes: z.number().int().min(1).max(60),
});

export const LockPayload = z.strictObject({ locked: z.boolean() });
export const PausePayload = z.strictObject({ paused: z.boolean() });
export const SlowModePayload = z.strictObject({
  seconds: z.number().int().min(0).max(SLOW_MODE_MAX_S),
});

export const LOBBY_MESSAGE_MAX = 500;
export const KnockPayload = z.strictObject({
  protocolVersion: z.number().int().min(0).max(1_000_000),
  sessionId: Id,
});
export const KnockReply = z.object({
  status: z
    .enum(['waiting', 'admitted'])
    .describe('admitted: send session:join now. waiting: lobby:admitted will say when.'),
  message: z.string().nullable().describe("The moderators' word to people waiting, if any."),
});
export const WaitingPerson = z.object({
  participantId: Id,
  displayName: z.string(),
  since: z.iso.datetime(),
});
export const DeniedPerson = z.object({ participantId: Id, displayName: z.string() });
export const LobbyView = z.object({
  waiting: z.array(WaitingPerson).describe('Oldest first.'),
  denied: z.array(DeniedPerson).describe('Turned away; they may knock again once allowed.'),
});
export type LobbyView = z.infer<typeof LobbyView>;
export const DenyPayload = z.strictObject({
  participantId: Id,
  reason: z.string().trim().max(200).optional().describe('Shown to the person.'),
});
export const LobbyMessagePayload = z.strictObject({
  text: z.string().trim().max(LOBBY_MESSAGE_MAX).describe('Empty: no message.'),
});
export const LobbyMessage = z.object({ text: z.string() });
export const LobbyDenied = z.object({ reason: z.string().nullable() });
