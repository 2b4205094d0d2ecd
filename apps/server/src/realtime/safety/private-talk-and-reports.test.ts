import type { Report } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  codeOf,
  expectOk,
  expectPosted,
  freshHavenPerTest,
  joinAs,
  joinPayload,
} from '../../test-support/haven-under-test';
import { groupId } from '../../test-support/media';
import { signedInStaff } from '../../test-support/staff';

describe('safety tools that keep the room out of it', () => {
  const s = freshHavenPerTest();

  async function room() {
    const sid = s.t.sessionId;
    const amal = await s.client('Amal');
    const a = expectOk(await joinAs(amal, sid, 'Amal'));
    const bohdan = await s.client('Bohdan');
    const b = expectOk(await joinAs(bohdan, sid, 'Bohdan'));
    const mo = await s.staff();
    expectOk(await mo.request('session:join', joinPayload(sid)));
    const co = await s.staff();
    expectOk(await co.request('session:join', joinPayload(sid)));
    return { sid, amal, amalId: a.self.id, bohdan, bohdanId: b.self.id, mo, co };
  }

  it('a private check-in: the participant and the moderators who joined read it; nobody else', async () => {
    const { amal, amalId, bohdan, mo, co } = await room();
    const talk = expectOk(await mo.request('talk:open', { participantId: amalId }));
    expect(talk).toMatchObject({ participantId: amalId, displayName: 'Amal', closedAt: null });
    expect(talk.moderators).toHaveLength(1);
    expect((await amal.waitFor('talk:changed'))[0]?.id).toBe(talk.id);
    // The co-moderator sees it exists, not what is said.
    expect((await co.waitFor('talk:changed'))[0]?.id).toBe(talk.id);

    expectOk(
      await mo.request('talk:send', {
        talkId: talk.id,
        clientMsgId: clientMsgId(),
        text: 'Hi Amal, are you safe right now?',
      }),
    );
    const [fromMo] = await amal.waitFor('talk:message');
    expect(fromMo).toMatchObject({ kind: 'text', text: 'Hi Amal, are you safe right now?' });
    const reply = expectOk(
      await amal.request('talk:send', {
        talkId: talk.id,
        clientMsgId: clientMsgId(),
        text: 'Yes. It is a hard day.',
      }),
    );
    expect((await mo.waitFor('talk:message', 2))[1]?.id).toBe(reply.message.id);
    expect(codeOf(await co.request('talk:history', { talkId: talk.id }))).toBe('NOT_FOUND');

    // Opening again (say, from the alert) joins the same check-in; joining shows everything.
    const joined = expectOk(await co.request('talk:open', { participantId: amalId }));
    expect(joined.id).toBe(talk.id);
    expect(joined.moderators).toHaveLength(2);
    const history = expectOk(await co.request('talk:history', { talkId: talk.id }));
    expect(history.messages.map((m) => m.text)).toEqual([
      'Hi Amal, are you safe right now?',
      'Yes. It is a hard day.',
    ]);
    const shared = expectOk(
      await co.request('talk:share-resources', { talkId: talk.id, clientMsgId: clientMsgId() }),
    );
    expect(shared.message).toMatchObject({ kind: 'resources', text: '' });
    expect((await amal.waitFor('talk:message', 3))[2]?.kind).toBe('resources');
    expect((await mo.waitFor('talk:message', 3))[2]?.kind).toBe('resources');

    // Bohdan, in the same room, learns nothing and can read nothing.
    expect(codeOf(await bohdan.request('talk:history', { talkId: talk.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await bohdan.request('talk:send', {
          talkId: talk.id,
          clientMsgId: clientMsgId(),
          text: 'hey',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(expectOk(await bohdan.request('talk:list', {})).talks).toEqual([]);
    expect(codeOf(await bohdan.request('talk:open', { participantId: amalId }))).toBe('FORBIDDEN');
    expectPosted(await mo.request('chat:send', { clientMsgId: clientMsgId(), text: 'marker' }));
    await bohdan.waitFor('chat:message');
    expect(bohdan.received('talk:changed')).toEqual([]);
    expect(bohdan.received('talk:message')).toEqual([]);
    expect(expectOk(await amal.request('talk:list', {})).talks.map((t) => t.id)).toEqual([talk.id]);

    // Closed: nobody writes in it any more; a later check-in is a new one.
    const closed = expectOk(await mo.request('talk:close', { talkId: talk.id }));
    expect(closed.closedAt).not.toBeNull();
    expect(
      codeOf(
        await amal.request('talk:send', {
          talkId: talk.id,
          clientMsgId: clientMsgId(),
          text: 'ok',
        }),
      ),
    ).toBe('CONFLICT');
    const next = expectOk(await mo.request('talk:open', { participantId: amalId }));
    expect(next.id).not.toBe(talk.id);
    // Moderators do not open check-ins with each other.
    const moId = expectOk(await mo.request('talk:list', {})).talks[0]!.moderators[0]!.id;
    expect(codeOf(await co.request('talk:open', { participantId: moId }))).toBe('FORBIDDEN');

    const audit = await s.t.haven.store.audit.forSession(s.t.sessionId);
    expect(audit.map((e) => e.action)).toEqual([
      'private-checkin-opened',
      'private-checkin-closed',
      'private-checkin-opened',
    ]);
    expect(JSON.stringify(audit)).not.toContain('hard day');
  });

  it('a report reaches the moderators only; the reported person is never told', async () => {
    const { sid, amal, bohdan, bohdanId, mo, co } = await room();
    const sent = expectPosted(
      await bohdan.request('chat:send', {
        clientMsgId: clientMsgId(),
        text: 'Nobody wants you here',
      }),
    );
    await amal.waitFor('chat:message');
    const made = expectOk(
      await amal.request('report:create', {
        target: { kind: 'message', seq: sent.message.seq },
        reason: 'Unkind',
      }),
    );
    const [report] = await mo.waitFor('report:changed');
    expect(report).toMatchObject({
      id: made.reportId,
      reporter: { name: 'Amal' },
      subject: { id: bohdanId, name: 'Bohdan' },
      seq: sent.message.seq,
      messageText: 'Nobody wants you here',
      reason: 'Unkind',
      resolution: null,
    });
    await co.waitFor('report:changed');
    // The same report again is the same report.
    const again = expectOk(
      await amal.request('report:create', { target: { kind: 'message', seq: sent.message.seq } }),
    );
    expect(again.reportId).toBe(made.reportId);
    const aboutPerson = expectOk(
      await amal.request('report:create', { target: { kind: 'person', participantId: bohdanId } }),
    );
    expect(aboutPerson.reportId).not.toBe(made.reportId);

    // Nonsense and self-reports change nothing.
    expect(
      codeOf(await amal.request('report:create', { target: { kind: 'message', seq: 999 } })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await bohdan.request('report:create', {
          target: { kind: 'message', seq: sent.message.seq },
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(
        await amal.request('report:create', {
          target: { kind: 'person', participantId: bohdanId },
          reason: 'x'.repeat(501),
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(await bohdan.request('report:list', {}))).toBe('FORBIDDEN');

    // The moderator acts and records it; the facilitator sees the outcome after the session.
    expectOk(await mo.request('mod:delete-message', { seq: sent.message.seq }));
    const resolved = expectOk(
      await mo.request('report:resolve', { reportId: made.reportId, outcome: 'message-deleted' }),
    );
    expect(resolved.resolution?.outcome).toBe('message-deleted');
    expect(expectOk(await mo.request('report:list', {})).reports).toHaveLength(2);
    expectPosted(await mo.request('chat:send', { clientMsgId: clientMsgId(), text: 'marker' }));
    await bohdan.waitFor('chat:message');
    expect(bohdan.received('report:changed')).toEqual([]);
    expect(amal.received('report:changed')).toEqual([]);

    const gid = await groupId(s.t);
    const farah = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', assignTo: gid })
    ).client;
    const after = await farah.call('sessions:reports', {
      params: { groupId: gid, sessionId: sid },
    });
    expect(after.status).toBe(200);
    const reports = (after.body as { reports: Report[] }).reports;
    expect(reports.map((r) => [r.subject.name, r.resolution?.outcome ?? null])).toEqual([
      ['Bohdan', 'message-deleted'],
      ['Bohdan', null],
    ]);
    // The report keeps the message as it was; the audit says what happened, not what was said.
    expect(reports[0]?.messageText).toBe('Nobody wants you here');
    const audit = await s.t.haven.store.audit.forSession(sid);
    expect(JSON.stringify(audit)).not.toContain('Nobody wants you');
    expect(JSON.stringify(audit)).not.toContain('Unkind');
  });

  it('a group that hides contact details: participants see •••, moderators the text as written', async () => {
    const gid = await groupId(s.t);
    const farah = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', assignTo: gid })
    ).client;
    const { sid, amal, bohdan, mo } = await room();
    const on = await farah.call('groups:update', {
      params: { groupId: gid },
      body: { maskContacts: true },
    });
    expect(on.status).toBe(200);
    const text = 'Call me: +44 7700 900123 or amal@example.org';
    await expect
      .poll(async () => {
        const sent = expectPosted(
          await amal.request('chat:send', { clientMsgId: clientMsgId(), text }),
        );
        return sent.message.text;
      })
      .toBe('Call me: ••• or •••');
    const masked = { text: 'Call me: ••• or •••', contactsHidden: true };
    expectPosted(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'marker' }));
    for (const c of [bohdan, mo])
      await expect.poll(() => c.received('chat:message').at(-1)?.text).toBe('marker');
    const hidden = (c: typeof bohdan) => c.received('chat:message').filter((m) => m.contactsHidden);
    expect(hidden(bohdan).at(-1)).toMatchObject(masked);
    expect(hidden(mo).at(-1)).toMatchObject({ text, contactsHidden: true });
    expect(JSON.stringify(bohdan.received('chat:message'))).not.toContain('7700');
    expect(expectOk(await bohdan.request('chat:history', {})).messages.at(-2)).toMatchObject(
      masked,
    );
    expect(expectOk(await mo.request('chat:history', {})).messages.at(-2)?.text).toBe(text);
    // Coming back: the catch-up is masked too. The store keeps the words as written.
    const later = await s.client('Chen');
    expect(expectOk(await joinAs(later, sid, 'Chen')).history.at(-2)).toMatchObject(masked);
    expect((await s.t.haven.store.chat.after(sid, 0, 100)).at(-2)?.text).toBe(text);
  });
});
