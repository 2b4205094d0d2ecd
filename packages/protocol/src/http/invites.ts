import { z } from 'zod';
import { Id, Instant } from '../common';
import { DISPLAY_NAME_MAX } from '../limits';

export const InviteView = z.object({
  id: Id,
  createdAt: Instant,
  expiresAt: Instant,
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  status: z.enum(['active', 'expired', 'used-up', 'revoked']),
});
export type InviteView = z.infer<typeof InviteView>;

export const CreateInviteRequest = z.strictObject({
  expiresInDays: z.number().int().min(1).max(90).default(14),
  maxUses: z.number().int().min(1).max(1000).nullable().default(null),
});

export const InviteCreated = z.object({ invite: InviteView, link: z.url() });
export const InviteList = z.object({ invites: z.array(InviteView) });
export const InviteParams = z.strictObject({ groupId: Id, inviteId: Id });

const Token = z.string().min(16).max(128);

export const InspectInviteRequest = z.strictObject({ token: Token });

/** What a person sees before joining: the group and its agreement, nothing about its members. */
export const InvitedGroup = z.object({
  group: z.object({
    id: Id,
    name: z.string(),
    description: z.string(),
    language: z.string(),
    agreement: z.object({ version: z.number().int().positive(), text: z.string() }),
  }),
});
export type InvitedGroup = z.infer<typeof InvitedGroup>;

export const JoinGroupFields = {
  displayName: z.string().max(DISPLAY_NAME_MAX * 4),
  agreementVersion: z.number().int().positive(),
  agreed: z.literal(true),
};

export const AcceptInviteRequest = z.strictObject({ token: Token, ...JoinGroupFields });
export const JoinOpenGroupRequest = z.strictObject(JoinGroupFields);

export const MyMembership = z.object({
  groupId: Id,
  groupName: z.string(),
  displayName: z.string(),
  status: z.enum(['admitted', 'requested']),
  /** The agreement version this person accepted last; below the current one, they accept again. */
  acceptedVersion: z.number().int().positive().nullable(),
  agreement: z.object({ version: z.number().int().positive(), text: z.string() }),
  sessions: z.array(z.object({ id: Id, title: z.string() })),
});
export type MyMembership = z.infer<typeof MyMembership>;

export const UpdateMembershipRequest = z.strictObject(JoinGroupFields);

export const MyData = z.object({
  memberships: z.array(
    z.object({ groupId: Id, groupName: z.string(), displayName: z.string(), status: z.string() }),
  ),
  acceptances: z.array(z.object({ groupId: Id, version: z.number().int(), acceptedAt: Instant })),
  messages: z.array(z.object({ sessionId: Id, text: z.string(), sentAt: Instant })),
  heldMessages: z
    .array(z.object({ sessionId: Id, text: z.string(), sentAt: Instant }))
    .describe('Messages still waiting for a moderator.'),
  checkinMessages: z
    .array(z.object({ sessionId: Id, text: z.string(), sentAt: Instant }))
    .describe('What the person wrote in private check-ins.'),
  reports: z
    .array(z.object({ sessionId: Id, reason: z.string(), createdAt: Instant }))
    .describe('Reports the person made (whom they reported is kept from no one but them).'),
});
export type MyData = z.infer<typeof MyData>;

export const MemberParams = z.strictObject({ groupId: Id, participantId: Id });

export const MembershipGranted = z.object({
  participantId: Id,
  groupId: Id,
  status: z.enum(['admitted', 'requested']),
  /** Only when this device had no identity yet: keep it; it is this person's key. */
  deviceToken: z.string().optional(),
});
export type MembershipGranted = z.infer<typeof MembershipGranted>;
