import type { CrisisResource, SupportAlert } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SupportAlertsTable } from './schema';

/** The owner of the platform's own crisis resources. */
export const PLATFORM = '*';

const toAlert = (r: Selectable<SupportAlertsTable>): SupportAlert => ({
  id: r.id,
  participantId: r.member_id,
  displayName: r.display_name,
  reason: r.reason,
  seq: r.seq === null ? null : Number(r.seq),
  raisedAt: r.raised_at,
  acknowledged:
    r.acknowledged_by !== null && r.acknowledged_at !== null
      ? { by: r.acknowledged_by, name: r.acknowledged_name ?? '', at: r.acknowledged_at }
      : null,
});

/** Crisis resources and calls for support. Only moderators and facilitators ever read them. */
export class SafetyRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces one owner's list in one language (an empty list removes it). */
  async setResources(
    owner: string,
    locale: string,
    list: readonly CrisisResource[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('crisis_resources')
        .where('owner', '=', owner)
        .where('locale', '=', locale)
        .execute();
      if (list.length === 0) return;
      await trx
        .insertInto('crisis_resources')
        .values(list.map((r, position) => ({ owner, locale, position, ...r })))
        .execute();
    });
  }

  /** Every list of one owner, by language, each in its order. */
  async resourcesOf(owner: string): Promise<Map<string, CrisisResource[]>> {
    const rows = await this.db
      .selectFrom('crisis_resources')
      .selectAll()
      .where('owner', '=', owner)
      .orderBy('locale')
      .orderBy('position')
      .execute();
    const lists = new Map<string, CrisisResource[]>();
    for (const r of rows) {
      const list = lists.get(r.locale) ?? [];
      list.push({
        name: r.name,
        phone: r.phone,
        sms: r.sms,
        whatsapp: r.whatsapp,
        hours: r.hours,
        description: r.description,
      });
      lists.set(r.locale, list);
    }
    return lists;
  }

  async raise(sessionId: string, alert: SupportAlert): Promise<void> {
    await this.db
      .insertInto('support_alerts')
      .values({
        id: alert.id,
        session_id: sessionId,
        member_id: alert.participantId,
        display_name: alert.displayName,
        reason: alert.reason,
        seq: alert.seq,
        raised_at: alert.raisedAt,
        acknowledged_by: null,
        acknowledged_name: null,
        acknowledged_at: null,
      })
      .execute();
  }

  /** Points an open call at a later message (the latest words that raised it). */
  async pointTo(sessionId: string, alertId: string, seq: number): Promise<void> {
    await this.db
      .updateTable('support_alerts')
      .set({ seq })
      .where('id', '=', alertId)
      .where('session_id', '=', sessionId)
      .execute();
  }

  /** The calls of a session, oldest first. */
  async alerts(sessionId: string): Promise<SupportAlert[]> {
    const rows = await this.db
      .selectFrom('support_alerts')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('raised_at')
      .orderBy('id')
      .execute();
    return rows.map(toAlert);
  }

  /** Takes a call on; the first moderator to do so stays its owner. Null: no such call. */
  async acknowledge(
    sessionId: string,
    alertId: string,
    by: { id: string; name: string },
    at: string,
  ): Promise<SupportAlert | null> {
    await this.db
      .updateTable('support_alerts')
      .set({ acknowledged_by: by.id, acknowledged_name: by.name, acknowledged_at: at })
      .where('id', '=', alertId)
      .where('session_id', '=', sessionId)
      .where('acknowledged_at', 'is', null)
      .execute();
    const row = await this.db
      .selectFrom('support_alerts')
      .selectAll()
      .where('id', '=', alertId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row ? toAlert(row) : null;
  }
}
