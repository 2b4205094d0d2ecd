import type { Kysely } from 'kysely';
import { AttendanceRepo } from './attendance-repo';
import { AuditRepo } from './audit-repo';
import { BansRepo } from './bans-repo';
import { ChatRepo } from './chat-repo';
import { openDatabase, type DatabaseOptions, type DialectName } from './database';
import { GroupsRepo } from './groups-repo';
import { HeldRepo } from './held-repo';
import { InvitesRepo } from './invites-repo';
import { migrateToLatest } from './migrations';
import { ModChatRepo } from './mod-chat-repo';
import { ParticipantsRepo } from './participants-repo';
import { ReportsRepo } from './reports-repo';
import { RetentionRepo } from './retention-repo';
import { SafetyRepo } from './safety-repo';
import { ScheduleRepo } from './schedule-repo';
import type { Database } from './schema';
import { SessionsRepo } from './sessions-repo';
import { StaffRepo } from './staff-repo';
import { TalkRepo } from './talk-repo';
import { WatchRepo } from './watch-repo';

/** What the server persists, by area. One contract suite runs against every dialect. */
export interface Store {
  readonly dialect: DialectName;
  readonly sessions: SessionsRepo;
  readonly chat: ChatRepo;
  readonly groups: GroupsRepo;
  readonly participants: ParticipantsRepo;
  readonly staff: StaffRepo;
  readonly invites: InvitesRepo;
  readonly bans: BansRepo;
  readonly audit: AuditRepo;
  readonly modChat: ModChatRepo;
  readonly schedule: ScheduleRepo;
  readonly attendance: AttendanceRepo;
  readonly safety: SafetyRepo;
  readonly watch: WatchRepo;
  readonly held: HeldRepo;
  readonly talks: TalkRepo;
  readonly reports: ReportsRepo;
  readonly retention: RetentionRepo;
  ping(): Promise<void>;
  close(): Promise<void>;
}

function storeOn(db: Kysely<Database>, dialect: DialectName): Store {
  return {
    dialect,
    sessions: new SessionsRepo(db),
    chat: new ChatRepo(db),
    groups: new GroupsRepo(db),
    participants: new ParticipantsRepo(db),
    staff: new StaffRepo(db),
    invites: new InvitesRepo(db),
    bans: new BansRepo(db),
    audit: new AuditRepo(db),
    modChat: new ModChatRepo(db),
    schedule: new ScheduleRepo(db),
    attendance: new AttendanceRepo(db),
    safety: new SafetyRepo(db),
    watch: new WatchRepo(db),
    held: new HeldRepo(db),
    talks: new TalkRepo(db),
    reports: new ReportsRepo(db),
    retention: new RetentionRepo(db),
    ping: async () => {
      await db.selectFrom('groups').select('id').limit(1).execute();
    },
    close: () => db.destroy(),
  };
}

/** Opens the configured database, brings it to the latest migration and returns the store. */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  const { db, dialect } = openDatabase(options);
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, { schema: options.pgSchema });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return storeOn(db, dialect);
}
