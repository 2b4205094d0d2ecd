import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** One moderator action. Never the content of a message: only who, what, to whom, when. */
export interface AuditEntry {
  id: string;
  sessionId: string;
  actorId: string;
  actorName: string;
  action: string;
  targetId: string | null;
  targetName: string | null;
  /** Parameters of the action (a kind, a duration, a scope). */
  detail: Record<string, string | number | boolean> | null;
  at: string;
}

export class AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: entry.id,
        session_id: entry.sessionId,
        actor_id: entry.actorId,
        actor_name: entry.actorName,
        action: entry.action,
        target_id: entry.targetId,
        target_name: entry.targetName,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
        at: entry.at,
      })
      .execute();
  }

  /** Oldest first. */
  async forSession(sessionId: string): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      targetId: r.target_id,
      targetName: r.target_name,
      detail: r.detail ? (JSON.parse(r.detail) as AuditEntry['detail']) : null,
      at: r.at,
    }));
  }
}
