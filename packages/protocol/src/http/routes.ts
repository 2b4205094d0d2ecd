import { z } from 'zod';
import type { ErrorCode } from '../errors';
import {
  AcceptStaffInviteRequest,
  CreateStaffInviteRequest,
  OneTimeLink,
  SetPasswordRequest,
  SignedIn,
  SignInRequest,
  StaffIdParams,
  StaffList,
} from './staff';
import {
  AssignStaffRequest,
  CreateGroupRequest,
  CreateSessionRequest,
  GroupList,
  GroupParams,
  GroupStaffList,
  GroupStaffParams,
  GroupView,
  MemberList,
  PublicGroupList,
  SessionList,
  SessionView,
  SetAgreementRequest,
  UpdateGroupRequest,
} from './groups';
import {
  AcceptInviteRequest,
  CreateInviteRequest,
  InspectInviteRequest,
  InviteCreated,
  InviteList,
  InviteParams,
  InvitedGroup,
  InviteView,
  JoinOpenGroupRequest,
  MembershipGranted,
} from './invites';

const None = z.strictObject({});
const Empty = z.object({});

/** Who may call a route at all; finer rules (which group) are the permission policy's. */
export type RouteAuth = 'public' | 'staff' | 'participant';

interface HttpRouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style path; `:name` parameters are validated by `params`. */
  path: string;
  auth: RouteAuth;
  summary: string;
  params: z.ZodType;
  body: z.ZodType;
  reply: z.ZodType;
  errors: readonly ErrorCode[];
}

/**
 * Every HTTP route. The server registers exactly these; the web app calls them by name; the
 * authorization test walks all of them. A route that is not here does not exist.
 */
export const httpRoutes = {
  'auth:sign-in': {
    method: 'POST',
    path: '/api/auth/sign-in',
    auth: 'public',
    summary: 'Sign in with email and password; sets the session cookie.',
    params: None,
    body: SignInRequest,
    reply: SignedIn,
    errors: ['UNAUTHENTICATED', 'RATE_LIMITED'],
  },
  'auth:sign-out': {
    method: 'POST',
    path: '/api/auth/sign-out',
    auth: 'staff',
    summary: 'End this session.',
    params: None,
    body: None,
    reply: Empty,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'auth:me': {
    method: 'GET',
    path: '/api/auth/me',
    auth: 'staff',
    summary: 'The signed-in account and its CSRF token.',
    params: None,
    body: None,
    reply: SignedIn,
    errors: ['UNAUTHENTICATED'],
  },
  'staff:invite': {
    method: 'POST',
    path: '/api/staff/invites',
    auth: 'staff',
    summary: 'A one-time link that lets someone create a staff account with the given role.',
    params: None,
    body: CreateStaffInviteRequest,
    reply: OneTimeLink,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'staff:list': {
    method: 'GET',
    path: '/api/staff',
    auth: 'staff',
    summary: 'Every staff account, for facilitators choosing who runs a group.',
    params: None,
    body: None,
    reply: StaffList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'staff:accept-invite': {
    method: 'POST',
    path: '/api/staff/invites/accept',
    auth: 'public',
    summary: 'Create a staff account from an invite link and sign in.',
    params: None,
    body: AcceptStaffInviteRequest,
    reply: SignedIn,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  'staff:reset-password': {
    method: 'POST',
    path: '/api/staff/:staffId/password-reset',
    auth: 'staff',
    summary: 'Admin only: a one-time link with which the person sets a new password.',
    params: StaffIdParams,
    body: None,
    reply: OneTimeLink,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'staff:set-password': {
    method: 'POST',
    path: '/api/staff/password',
    auth: 'public',
    summary: 'Set a new password with a reset link; signs out every other session.',
    params: None,
    body: SetPasswordRequest,
    reply: Empty,
    errors: ['NOT_FOUND'],
  },
  'groups:list': {
    method: 'GET',
    path: '/api/groups',
    auth: 'staff',
    summary: 'The groups the caller runs or moderates (every group, for an administrator).',
    params: None,
    body: None,
    reply: GroupList,
    errors: ['UNAUTHENTICATED'],
  },
  'groups:create': {
    method: 'POST',
    path: '/api/groups',
    auth: 'staff',
    summary: 'Create a group with its first agreement; the creator becomes its facilitator.',
    params: None,
    body: CreateGroupRequest,
    reply: GroupView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'groups:get': {
    method: 'GET',
    path: '/api/groups/:groupId',
    auth: 'staff',
    summary: 'One group, for its staff.',
    params: GroupParams,
    body: None,
    reply: GroupView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:update': {
    method: 'PATCH',
    path: '/api/groups/:groupId',
    auth: 'staff',
    summary: "Change a group's settings (not its agreement).",
    params: GroupParams,
    body: UpdateGroupRequest,
    reply: GroupView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:archive': {
    method: 'POST',
    path: '/api/groups/:groupId/archive',
    auth: 'staff',
    summary: 'Archive a group: it leaves the public page and takes no new members.',
    params: GroupParams,
    body: None,
    reply: GroupView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:set-agreement': {
    method: 'PUT',
    path: '/api/groups/:groupId/agreement',
    auth: 'staff',
    summary: 'Publish a new agreement version; participants accept it before their next session.',
    params: GroupParams,
    body: SetAgreementRequest,
    reply: GroupView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:staff': {
    method: 'GET',
    path: '/api/groups/:groupId/staff',
    auth: 'staff',
    summary: "The group's facilitators and moderators.",
    params: GroupParams,
    body: None,
    reply: GroupStaffList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:assign-staff': {
    method: 'PUT',
    path: '/api/groups/:groupId/staff/:staffId',
    auth: 'staff',
    summary: 'Make a staff member a facilitator or moderator of the group.',
    params: GroupStaffParams,
    body: AssignStaffRequest,
    reply: GroupStaffList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:unassign-staff': {
    method: 'DELETE',
    path: '/api/groups/:groupId/staff/:staffId',
    auth: 'staff',
    summary: 'Take a staff member off the group.',
    params: GroupStaffParams,
    body: None,
    reply: GroupStaffList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'groups:members': {
    method: 'GET',
    path: '/api/groups/:groupId/members',
    auth: 'staff',
    summary: 'Members by pseudonym, with those waiting for approval.',
    params: GroupParams,
    body: None,
    reply: MemberList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'sessions:list': {
    method: 'GET',
    path: '/api/groups/:groupId/sessions',
    auth: 'staff',
    summary: "The group's sessions, newest first.",
    params: GroupParams,
    body: None,
    reply: SessionList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'sessions:create': {
    method: 'POST',
    path: '/api/groups/:groupId/sessions',
    auth: 'staff',
    summary: 'Open a session (a live room) of the group.',
    params: GroupParams,
    body: CreateSessionRequest,
    reply: SessionView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'invites:list': {
    method: 'GET',
    path: '/api/groups/:groupId/invites',
    auth: 'staff',
    summary: "The group's invite links (their tokens are never shown again).",
    params: GroupParams,
    body: None,
    reply: InviteList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'invites:create': {
    method: 'POST',
    path: '/api/groups/:groupId/invites',
    auth: 'staff',
    summary: 'A new invite link to the group, with an expiry and optionally a maximum of uses.',
    params: GroupParams,
    body: CreateInviteRequest,
    reply: InviteCreated,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  'invites:revoke': {
    method: 'POST',
    path: '/api/groups/:groupId/invites/:inviteId/revoke',
    auth: 'staff',
    summary: 'Withdraw an invite link; people who open it are told so.',
    params: InviteParams,
    body: None,
    reply: InviteView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'invites:inspect': {
    method: 'POST',
    path: '/api/invites/inspect',
    auth: 'public',
    summary: 'The group an invite link leads to, with its agreement (the token goes in the body).',
    params: None,
    body: InspectInviteRequest,
    reply: InvitedGroup,
    errors: ['NOT_FOUND', 'INVITE_EXPIRED', 'INVITE_REVOKED'],
  },
  'invites:accept': {
    method: 'POST',
    path: '/api/invites/accept',
    auth: 'public',
    summary:
      'Join a group by invite with a display name after accepting its agreement; a device without an identity gets one.',
    params: None,
    body: AcceptInviteRequest,
    reply: MembershipGranted,
    errors: ['NOT_FOUND', 'INVITE_EXPIRED', 'INVITE_REVOKED', 'AGREEMENT_CHANGED'],
  },
  'public:join-group': {
    method: 'POST',
    path: '/api/public/groups/:groupId/join',
    auth: 'public',
    summary: 'Ask to join an open group (admitted at once unless it wants approval).',
    params: GroupParams,
    body: JoinOpenGroupRequest,
    reply: MembershipGranted,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'AGREEMENT_CHANGED'],
  },
  'public:groups': {
    method: 'GET',
    path: '/api/public/groups',
    auth: 'public',
    summary: 'Open groups, for the public page.',
    params: None,
    body: None,
    reply: PublicGroupList,
    errors: [],
  },
} as const satisfies Record<string, HttpRouteSpec>;

export type HttpRouteName = keyof typeof httpRoutes;
export type HttpBody<R extends HttpRouteName> = z.input<(typeof httpRoutes)[R]['body']>;
export type HttpParams<R extends HttpRouteName> = z.output<(typeof httpRoutes)[R]['params']>;
export type HttpReply<R extends HttpRouteName> = z.output<(typeof httpRoutes)[R]['reply']>;

/** The header that carries the CSRF token on state-changing staff requests. */
export const CSRF_HEADER = 'x-csrf-token';
