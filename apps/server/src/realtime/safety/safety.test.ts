import type { CrisisResourceList } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  codeOf,
  expectOk,
  freshHavenPerTest,
  joinAs,
  joinPayload,
} from '../../test-support/haven-under-test';
import { HttpClient } from '../../test-support/http-client';
import { signedInStaff } from '../../test-support/staff';
import { groupId } from '../../test-support/media';

describe('"I need support"', () => {
  const s = freshHavenPerTest();

  it("reaches only the moderators, once, with crisis resources in the reader's language", async () => {
    const sid = s.t.sessionId;
    const gid = await groupId(s.t);
    const farah = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', assignTo: gid })
    ).client;
    const set = await farah.call('safety:set-group-resources', {
      params: { groupId: gid, locale: 'ar' },
      body: {
        resources: [{ name: 'خط المساندة', phone: '+49 800 111 0111', hours: '24/7' }],
      },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const admin = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', isAdmin: true })
    ).client;
    await admin.call('safety:set-platform-resources', {
      params: { locale: 'uk' },
      body: { resources: [{ name: 'Телефон довіри', phone: '7333' }] },
    });

    const amal = await s.client('Amal');
    expectOk(await joinAs(amal, sid, 'Amal'));
    const bohdan = await s.client('Bohdan');
    expectOk(await joinAs(bohdan, sid, 'Bohdan'));
    const mo = await s.staff();
    expectOk(await mo.request('session:join', joinPayload(sid)));
    const co = await s.staff();
    expectOk(await co.request('session:join', joinPayload(sid)));

    const first = expectOk(await amal.request('support:request', { locale: 'ar' }));
    expect(first.resources).toEqual({
      locale: 'ar',
      resources: [
        {
          name: 'خط المساندة',
          phone: '+49 800 111 0111',
          sms: '',
          whatsapp: '',
          hours: '24/7',
          description: '',
        },
      ],
    });
    const [alert] = await mo.waitFor('support:alert');
    expect(alert).toMatchObject({ id: first.alertId, displayName: 'Amal', acknowledged: null });
    // Pressing again is the same call, said again; nobody else hears either.
    const again = expectOk(await amal.request('support:request', { locale: 'ar' }));
    expect(again.alertId).toBe(first.alertId);
    await mo.waitFor('support:alert', 2);
    expect(expectOk(await mo.request('support:alerts', {})).alerts).toHaveLength(1);

    // Only moderators list or take calls; the others in the room were never told.
    expect(codeOf(await bohdan.request('support:alerts', {}))).toBe('FORBIDDEN');
    expect(codeOf(await bohdan.request('support:acknowledge', { alertId: first.alertId }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await mo.request('support:request', { locale: 'en' }))).toBe('FORBIDDEN');
    const taken = expectOk(await mo.request('support:acknowledge', { alertId: first.alertId }));
    expect(taken.acknowledged).toMatchObject({ name: expect.any(String) as string });
    const [, , update] = await co.waitFor('support:alert', 3);
    expect(update?.acknowledged?.by).toBe(taken.acknowledged?.by);
    expect(codeOf(await mo.request('support:acknowledge', { alertId: 'no-such-call' }))).toBe(
      'NOT_FOUND',
    );

    // By the time a later message reaches everyone, a leak would have too.
    expectOk(await mo.request('chat:send', { clientMsgId: clientMsgId(), text: 'A short break' }));
    await bohdan.waitFor('chat:message');
    await amal.waitFor('chat:message');
    expect(bohdan.received('support:alert')).toEqual([]);
    expect(amal.received('support:alert')).toEqual([]);

    // From the help menu, in another language: the platform's list.
    const http = new HttpClient(s.t.haven.url);
    http.deviceToken = amal.deviceToken;
    const uk = await http.call('me:crisis-resources', { params: { groupId: gid, locale: 'uk' } });
    expect((uk.body as CrisisResourceList).resources.map((r) => r.name)).toEqual([
      'Телефон довіри',
    ]);

    // The audit log says that it happened and who acted; nothing more.
    const audit = await s.t.haven.store.audit.forSession(sid);
    expect(audit.map((e) => e.action)).toEqual(['support-request', 'support-acknowledge']);
  });

  it('refuses a bad list of crisis resources and changes nothing', async () => {
    const gid = await groupId(s.t);
    const farah = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', assignTo: gid })
    ).client;
    for (const body of [
      { resources: [{ name: '' }] },
      { resources: Array.from({ length: 13 }, () => ({ name: 'x' })) },
      { resources: [{ name: 'x', phone: '1'.repeat(41) }] },
    ]) {
      const res = await farah.call('safety:set-group-resources', {
        params: { groupId: gid, locale: 'ar' },
        body,
      });
      expect(res.status).toBe(400);
    }
    const bad = await farah.call('safety:set-group-resources', {
      params: { groupId: gid, locale: 'not a tag' },
      body: { resources: [] },
    });
    expect(bad.status).toBe(400);
    expect((await farah.call('safety:group-resources', { params: { groupId: gid } })).body).toEqual(
      { lists: [] },
    );
  });
});
