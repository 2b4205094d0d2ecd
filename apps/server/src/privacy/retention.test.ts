import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestHaven } from '../test-support/haven-under-test';
import { groupId } from '../test-support/media';
import { signedInStaff } from '../test-support/staff';

describe('retention', () => {
  it("a group's retention period is set by its facilitator and applied when the server starts", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-retention-'));
    try {
      const first = await startTestHaven({ dataDir });
      const gid = await groupId(first);
      const { client: farah } = await signedInStaff(first.haven.url, first.haven.store, {
        role: 'facilitator',
        assignTo: gid,
      });
      for (const retentionDays of [0, 731, 1.5])
        expect(
          (await farah.call('groups:update', { params: { groupId: gid }, body: { retentionDays } }))
            .status,
        ).toBe(400);
      const set = await farah.call('groups:update', {
        params: { groupId: gid },
        body: { retentionDays: 7 },
      });
      expect((set.body as { retentionDays: number }).retentionDays).toBe(7);

      const day = 24 * 60 * 60 * 1000;
      const message = (seq: number, ageDays: number) => ({
        sessionId: first.sessionId,
        id: `m${seq}`,
        seq,
        senderId: 'someone',
        senderName: 'Amal',
        clientMsgId: `c${seq}`,
        text: `${ageDays} days old`,
        sentAt: new Date(Date.now() - ageDays * day).toISOString(),
      });
      await first.haven.store.chat.append([message(1, 8), message(2, 6)]);
      await first.stop();

      const second = await startTestHaven({ dataDir }, { sessionId: first.sessionId });
      try {
        await expect
          .poll(async () =>
            (await second.haven.store.chat.after(first.sessionId, 0, 10)).map((m) => m.text),
          )
          .toEqual(['6 days old']);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
