import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes';

describe('parseRoute', () => {
  it('knows the start page', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
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

  it('refuses ids the protocol would refuse, and other paths', () => {
    expect(parseRoute('/s/a%20b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/s/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('/s/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/s/a/b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/admin')).toEqual({ name: 'not-found' });
  });
});
