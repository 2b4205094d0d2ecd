import { describe, expect, it } from 'vitest';
import type { ErrorCode, HttpRouteName, Result } from '@haven/protocol';
import type { CallRoute } from '../../services/api';
import { createStaffSession } from './staff-session';

const FARAH = {
  id: 'st1',
  email: 'f@example.org',
  name: 'Farah',
  role: 'facilitator' as const,
  isAdmin: false,
};
const SIGNED_IN = { ok: true as const, data: { staff: FARAH, csrfToken: 'csrf' } };
const refused = (code: ErrorCode): Result<never> => ({ ok: false, error: { code, message: '' } });

/** A server that answers each route from a script (the last answer repeats). */
function setup(replies: Partial<Record<HttpRouteName, Result<unknown>[]>>) {
  const asked: HttpRouteName[] = [];
  let forgotten = 0;
  const call = ((name: HttpRouteName) => {
    asked.push(name);
    const queue = replies[name] ?? [];
    const reply = queue.length > 1 ? queue.shift() : queue[0];
    return Promise.resolve(reply ?? refused('INTERNAL'));
  }) as CallRoute;
  const session = createStaffSession({ call, forgetCsrfToken: () => void forgotten++ });
  return { session, asked, forgotten: () => forgotten };
}

describe('staff session', () => {
  it('asks the server once who is signed in', async () => {
    const { session, asked } = setup({ 'auth:me': [SIGNED_IN] });
    await Promise.all([session.check(), session.check()]);
    await session.check();
    expect(session.getSnapshot()).toEqual({ status: 'signed-in', staff: FARAH });
    expect(asked).toEqual(['auth:me']);
  });

  it('is signed out when the server knows no session, and can ask again after a failure', async () => {
    const { session } = setup({ 'auth:me': [refused('UNAVAILABLE'), refused('UNAUTHENTICATED')] });
    await session.check();
    expect(session.getSnapshot()).toMatchObject({
      status: 'failed',
      error: { code: 'UNAVAILABLE' },
    });
    await session.check();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'initial' });
  });

  it('signs in, and tells listeners', async () => {
    const { session } = setup({ 'auth:sign-in': [SIGNED_IN] });
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().status));
    expect(await session.signIn('f@example.org', 'correct horse')).toEqual({
      ok: true,
      data: FARAH,
    });
    expect(seen).toEqual(['signed-in']);
  });

  it('passes on a refused sign-in without ending anything', async () => {
    const { session, forgotten } = setup({ 'auth:sign-in': [refused('UNAUTHENTICATED')] });
    expect(await session.signIn('f@example.org', 'wrong')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(session.getSnapshot()).toEqual({ status: 'unknown' });
    expect(forgotten()).toBe(0);
  });

  it('ends the session when a staff route is refused as unauthenticated', async () => {
    const { session, forgotten } = setup({
      'auth:me': [SIGNED_IN],
      'groups:list': [refused('UNAUTHENTICATED')],
    });
    await session.check();
    const result = await session.call('groups:list');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(forgotten()).toBe(1);
  });

  it('keeps the session on other refusals', async () => {
    const { session } = setup({ 'auth:me': [SIGNED_IN], 'groups:get': [refused('FORBIDDEN')] });
    await session.check();
    await session.call('groups:get', { params: { groupId: 'g1' } });
    expect(session.getSnapshot().status).toBe('signed-in');
  });

  it('signs out, but stays signed in when the server could not be told', async () => {
    const { session, forgotten } = setup({
      'auth:me': [SIGNED_IN],
      'auth:sign-out': [refused('UNAVAILABLE'), { ok: true, data: {} }],
    });
    await session.check();
    expect((await session.signOut()).ok).toBe(false);
    expect(session.getSnapshot().status).toBe('signed-in');
    expect((await session.signOut()).ok).toBe(true);
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });
    expect(forgotten()).toBe(1);
  });
});
