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
} from './staff';

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
} as const satisfies Record<string, HttpRouteSpec>;

export type HttpRouteName = keyof typeof httpRoutes;
export type HttpBody<R extends HttpRouteName> = z.input<(typeof httpRoutes)[R]['body']>;
export type HttpParams<R extends HttpRouteName> = z.output<(typeof httpRoutes)[R]['params']>;
export type HttpReply<R extends HttpRouteName> = z.output<(typeof httpRoutes)[R]['reply']>;

/** The header that carries the CSRF token on state-changing staff requests. */
export const CSRF_HEADER = 'x-csrf-token';
