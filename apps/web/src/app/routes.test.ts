import { describe, expect, it } from 'vitest';
import { isStaffRoute, parseRoute, paths } from './routes';

describe('parseRoute', () => {
  it('knows the start page', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
  });

  it('knows the invite page, whose token is in the fragment', () => {
    expect(parseRoute('/join')).toEqual({ name: 'invite' });
    expect(parseRoute('/join/')).toEqual({ name: 'invite' });
    expect(parseRoute('/join/abc')).toEqual({ name: 'not-found' });
  });

  it('reads the session id of a join link', () => {
    expect(parseRoute('/s/abc_DEF-123')).toEqual({ name: 'session', sessionId: 'abc_DEF-123' });
    expect(parseRoute('/s/abc/')).toEqual({ name: 'session', sessionId: 'abc' });
  });

  it('knows the public page of open groups', () => {
    expect(parseRoute('/groups')).toEqual({ name: 'public-groups' });
    expect(parseRoute('/groups/')).toEqual({ name: 'public-groups' });
  });

  it('knows the page of one’s own sessions', () => {
    expect(parseRoute('/sessions')).toEqual({ name: 'my-sessions' });
    expect(parseRoute('/sessions/')).toEqual({ name: 'my-sessions' });
    expect(parseRoute('/sessions/abc')).toEqual({ name: 'not-found' });
  });

  it('reads the session id of a venue check-in link, whose code is in the fragment', () => {
    expect(parseRoute('/check-in/s_1-A')).toEqual({ name: 'check-in', sessionId: 's_1-A' });
    expect(parseRoute('/check-in/s1/')).toEqual({ name: 'check-in', sessionId: 's1' });
    expect(parseRoute('/check-in')).toEqual({ name: 'not-found' });
    expect(parseRoute('/check-in/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/check-in/s1/123456')).toEqual({ name: 'not-found' });
    expect(parseRoute('/check-in/a%20b')).toEqual({ name: 'not-found' });
  });

  it('knows the staff pages', () => {
    expect(parseRoute('/staff')).toEqual({ name: 'staff-home' });
    expect(parseRoute('/staff/')).toEqual({ name: 'staff-home' });
    expect(parseRoute('/staff/sign-in')).toEqual({ name: 'staff-sign-in' });
    expect(parseRoute('/staff/password')).toEqual({ name: 'staff-set-password' });
    expect(parseRoute('/staff/join')).toEqual({ name: 'staff-join' });
    expect(parseRoute('/staff/platform')).toEqual({ name: 'staff-platform' });
    expect(parseRoute('/staff/platform/')).toEqual({ name: 'staff-platform' });
    expect(parseRoute('/staff/groups/g_1-A')).toEqual({ name: 'staff-group', groupId: 'g_1-A' });
    expect(parseRoute('/staff/groups/g1/sessions/s_2/audit')).toEqual({
      name: 'staff-session-audit',
      groupId: 'g1',
      sessionId: 's_2',
    });
    expect(parseRoute('/staff/groups/g1/sessions/s_2/reports')).toEqual({
      name: 'staff-session-reports',
      groupId: 'g1',
      sessionId: 's_2',
    });
    expect(parseRoute('/staff/groups/g1/sessions/s_2/check-in')).toEqual({
      name: 'staff-session-checkin',
      groupId: 'g1',
      sessionId: 's_2',
    });
    expect(parseRoute('/staff/groups/g1/sessions/s_2/check-in/')).toEqual({
      name: 'staff-session-checkin',
      groupId: 'g1',
      sessionId: 's_2',
    });
  });

  it('refuses ids the protocol would refuse, and other paths', () => {
    expect(parseRoute('/s/a%20b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/s/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('/s/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/s/a/b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/..%2Fadmin')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/other')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/g1/sessions/a%20b/audit')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/g1/sessions/s1')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/g1/sessions/a%2Fb/check-in')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/g1/check-in')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/g1/sessions/a%20b/reports')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/groups/g1/reports')).toEqual({ name: 'not-found' });
    expect(parseRoute('/staff/platform/x')).toEqual({ name: 'not-found' });
    expect(parseRoute('/admin')).toEqual({ name: 'not-found' });
  });

  it('tells the staff pages apart from the participant ones', () => {
    expect(isStaffRoute(parseRoute('/staff/sign-in'))).toBe(true);
    expect(isStaffRoute(parseRoute('/staff/groups/g1'))).toBe(true);
    expect(isStaffRoute(parseRoute('/groups'))).toBe(false);
    expect(isStaffRoute(parseRoute('/s/abc'))).toBe(false);
    expect(isStaffRoute(parseRoute('/sessions'))).toBe(false);
    expect(isStaffRoute(parseRoute('/check-in/s1'))).toBe(false);
    expect(isStaffRoute(parseRoute('/staff/groups/g1/sessions/s1/check-in'))).toBe(true);
    expect(isStaffRoute(parseRoute('/staff/groups/g1/sessions/s1/reports'))).toBe(true);
    expect(isStaffRoute(parseRoute('/staff/platform'))).toBe(true);
  });
});

describe('paths', () => {
  it('leads back to the routes they name', () => {
    expect(parseRoute(paths.staffGroup('g1'))).toEqual({ name: 'staff-group', groupId: 'g1' });
    expect(parseRoute(paths.session('s1'))).toEqual({ name: 'session', sessionId: 's1' });
    expect(parseRoute(paths.staffSignIn)).toEqual({ name: 'staff-sign-in' });
    expect(parseRoute(paths.publicGroups)).toEqual({ name: 'public-groups' });
    expect(parseRoute(paths.mySessions)).toEqual({ name: 'my-sessions' });
    expect(parseRoute(paths.sessionAudit('g1', 's1'))).toEqual({
      name: 'staff-session-audit',
      groupId: 'g1',
      sessionId: 's1',
    });
  });

  it('leads back to the reports and platform pages', () => {
    expect(parseRoute(paths.sessionReports('g1', 's1'))).toEqual({
      name: 'staff-session-reports',
      groupId: 'g1',
      sessionId: 's1',
    });
    expect(parseRoute(paths.staffPlatform)).toEqual({ name: 'staff-platform' });
    expect(paths.sessionReports('a/b', 's 1')).toBe('/staff/groups/a%2Fb/sessions/s%201/reports');
  });

  it('leads back to the check-in pages', () => {
    expect(parseRoute(paths.checkIn('s1'))).toEqual({ name: 'check-in', sessionId: 's1' });
    expect(parseRoute(paths.sessionCheckin('g1', 's1'))).toEqual({
      name: 'staff-session-checkin',
      groupId: 'g1',
      sessionId: 's1',
    });
  });

  it('encodes ids', () => {
    expect(paths.staffGroup('a/b')).toBe('/staff/groups/a%2Fb');
    expect(paths.checkIn('a/b')).toBe('/check-in/a%2Fb');
  });
});
