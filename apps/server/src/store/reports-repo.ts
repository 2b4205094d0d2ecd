import type { Report, ReportOutcome } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ReportsTable } from './schema';

const toReport = (r: Selectable<ReportsTable>): Report => ({
  id: r.id,
  sessionId: r.session_id,
  reporter: { id: r.reporter_id, name: r.reporter_name },
  subject: { id: r.subject_id, name: r.subject_name },
  seq: r.seq === null ? null : Number(r.seq),
  messageText: r.message_text,
  reason: r.reason,
  createdAt: r.created_at,
  resolution:
    r.outcome !== null && r.resolved_by !== null && r.resolved_at !== null
      ? {
          outcome: r.outcome as ReportOutcome,
          by: { id: r.resolved_by, name: r.resolved_name ?? '' },
          at: r.resolved_at,
        }
      : null,
});

/** Reports to the moderators. Only the group's moderators and facilitators read them. */
export class ReportsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async add(report: Report): Promise<void> {
    await this.db
      .insertInto('reports')
      .values({
        id: report.id,
        session_id: report.sessionId,
        reporter_id: report.reporter.id,
        reporter_name: report.reporter.name,
        subject_id: report.subject.id,
        subject_name: report.subject.name,
        seq: report.seq,
        message_text: report.messageText,
        reason: report.reason,
        created_at: report.createdAt,
        outcome: null,
        resolved_by: null,
        resolved_name: null,
        resolved_at: null,
      })
      .execute();
  }

  /** A session's reports, oldest first. */
  async of(sessionId: string): Promise<Report[]> {
    const rows = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toReport);
  }

  /** Records the action taken (a later decision replaces an earlier one). Null: no such report. */
  async resolve(
    sessionId: string,
    reportId: string,
    outcome: ReportOutcome,
    by: { id: string; name: string },
    at: string,
  ): Promise<Report | null> {
    await this.db
      .updateTable('reports')
      .set({ outcome, resolved_by: by.id, resolved_name: by.name, resolved_at: at })
      .where('id', '=', reportId)
      .where('session_id', '=', sessionId)
      .execute();
    const row = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', reportId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row ? toReport(row) : null;
  }

  /** The reports one participant made (their export): when, and their reason. */
  async madeBy(
    participantId: string,
  ): Promise<{ sessionId: string; reason: string; createdAt: string }[]> {
    const rows = await this.db
      .selectFrom('reports')
      .select(['session_id', 'reason', 'created_at'])
      .where('reporter_id', 'in', (eb) =>
        eb
          .selectFrom('memberships')
          .select('member_id')
          .where('participant_id', '=', participantId),
      )
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      sessionId: r.session_id,
      reason: r.reason,
      createdAt: r.created_at,
    }));
  }
}
