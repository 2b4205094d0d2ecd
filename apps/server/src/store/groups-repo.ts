import type { GroupMediaMode } from '@haven/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export type Visibility = 'open' | 'closed';
export type GroupStaffRole = 'facilitator' | 'moderator';

export interface GroupRecord {
  id: string;
  name: string;
  description: string;
  language: string;
  visibility: Visibility;
  capacity: number;
  approvalRequired: boolean;
  media: GroupMediaMode;
  cameraOnAtJoin: boolean;
  /** The group's word to people waiting in its lobbies; '' for none. */
  lobbyMessage: string;
  /** IANA zone the group's sessions are planned in. */
  timeZone: string;
  /** Phone numbers and emails in chat reach participants as •••. */
  maskContacts: boolean;
  /** Days what people wrote is kept, then deleted. */
  retentionDays: number;
  agreement: { version: number; text: string };
  archivedAt: string | null;
  createdAt: string;
}

export interface NewGroup {
  id: string;
  name: string;
  description: string;
  language: string;
  visibility: Visibility;
  capacity: number;
  approvalRequired: boolean;
  media: GroupMediaMode;
  cameraOnAtJoin: boolean;
  lobbyMessage?: string;
  timeZone?: string;
  maskContacts?: boolean;
  retentionDays?: number;
  agreementText: string;
  createdAt: string;
}

export type GroupChanges = Partial<
  Pick<
    GroupRecord,
    | 'name'
    | 'description'
    | 'language'
    | 'visibility'
    | 'capacity'
    | 'approvalRequired'
    | 'media'
    | 'cameraOnAtJoin'
    | 'lobbyMessage'
    | 'timeZone'
    | 'maskContacts'
    | 'retentionDays'
  >
>;

const toVisibility = (v: string): Visibility => (v === 'open' ? 'open' : 'closed');
const toMedia = (v: string): GroupMediaMode =>
  v === 'audio_only' || v === 'text_only' ? v : 'audio_video';
const toStaffRole = (v: string): GroupStaffRole =>
  v === 'facilitator' ? 'facilitator' : 'moderator';

export class GroupsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates the group with agreement version 1. */
  async create(g: NewGroup): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('groups')
        .values({
          id: g.id,
          name: g.name,
          description: g.description,
          language: g.language,
          visibility: g.visibility,
          capacity: g.capacity,
          approval_required: g.approvalRequired ? 1 : 0,
          media: g.media,
          camera_on_at_join: g.cameraOnAtJoin ? 1 : 0,
          lobby_message: g.lobbyMessage ?? '',
          time_zone: g.timeZone ?? 'UTC',
          mask_contacts: g.maskContacts ? 1 : 0,
          ...(g.retentionDays !== undefined && { retention_days: g.retentionDays }),
          agreement_version: 1,
          archived_at: null,
          created_at: g.createdAt,
        })
        .execute();
      await trx
        .insertInto('group_agreements')
        .values({ group_id: g.id, version: 1, text: g.agreementText, created_at: g.createdAt })
        .execute();
    });
  }

  async find(groupId: string): Promise<GroupRecord | null> {
    const rows = await this.select().where('groups.id', '=', groupId).execute();
    return rows[0] ? toGroup(rows[0]) : null;
  }

  /** Open, not archived groups: the public listing. */
  async listOpen(): Promise<GroupRecord[]> {
    const rows = await this.select()
      .where('groups.visibility', '=', 'open')
      .where('groups.archived_at', 'is', null)
      .orderBy('groups.name')
      .execute();
    return rows.map(toGroup);
  }

  async listAll(): Promise<GroupRecord[]> {
    const rows = await this.select().orderBy('groups.name').execute();
    return rows.map(toGroup);
  }

  /** Every group a staff member is assigned to, with their role in it. */
  async listForStaff(staffId: string): Promise<(GroupRecord & { role: GroupStaffRole })[]> {
    const rows = await this.select()
      .innerJoin('group_staff', 'group_staff.group_id', 'groups.id')
      .select('group_staff.role as role')
      .where('group_staff.staff_id', '=', staffId)
      .orderBy('groups.name')
      .execute();
    return rows.map((r) => ({ ...toGroup(r), role: toStaffRole(r.role) }));
  }

  async update(groupId: string, changes: GroupChanges): Promise<void> {
    const {
      approvalRequired,
      cameraOnAtJoin,
      lobbyMessage,
      timeZone,
      maskContacts,
      retentionDays,
      ...rest
    } = changes;
    const values = {
      ...rest,
      ...(approvalRequired !== undefined && { approval_required: approvalRequired ? 1 : 0 }),
      ...(cameraOnAtJoin !== undefined && { camera_on_at_join: cameraOnAtJoin ? 1 : 0 }),
      ...(lobbyMessage !== undefined && { lobby_message: lobbyMessage }),
      ...(timeZone !== undefined && { time_zone: timeZone }),
      ...(maskContacts !== undefined && { mask_contacts: maskContacts ? 1 : 0 }),
      ...(retentionDays !== undefined && { retention_days: retentionDays }),
    };
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable('groups').set(values).where('id', '=', groupId).execute();
  }

  async archive(groupId: string, at: string): Promise<void> {
    await this.db
      .updateTable('groups')
      .set({ archived_at: at })
      .where('id', '=', groupId)
      .execute();
  }

  /** Stores a new agreement version and makes it current; returns the version. */
  async newAgreement(groupId: string, text: string, at: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('groups')
        .select('agreement_version')
        .where('id', '=', groupId)
        .executeTakeFirstOrThrow();
      const version = Number(current.agreement_version) + 1;
      await trx
        .insertInto('group_agreements')
        .values({ group_id: groupId, version, text, created_at: at })
        .execute();
      await trx
        .updateTable('groups')
        .set({ agreement_version: version })
        .where('id', '=', groupId)
        .execute();
      return version;
    });
  }

  async assignStaff(groupId: string, staffId: string, role: GroupStaffRole): Promise<void> {
    await this.db
      .insertInto('group_staff')
      .values({ group_id: groupId, staff_id: staffId, role })
      .onConflict((oc) => oc.columns(['group_id', 'staff_id']).doUpdateSet({ role }))
      .execute();
  }

  async unassignStaff(groupId: string, staffId: string): Promise<void> {
    await this.db
      .deleteFrom('group_staff')
      .where('group_id', '=', groupId)
      .where('staff_id', '=', staffId)
      .execute();
  }

  async staffRole(groupId: string, staffId: string): Promise<GroupStaffRole | null> {
    const row = await this.db
      .selectFrom('group_staff')
      .select('role')
      .where('group_id', '=', groupId)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return row ? toStaffRole(row.role) : null;
  }

  async staffOf(
    groupId: string,
  ): Promise<{ staffId: string; name: string; role: GroupStaffRole }[]> {
    const rows = await this.db
      .selectFrom('group_staff')
      .innerJoin('staff', 'staff.id', 'group_staff.staff_id')
      .select(['staff.id as staffId', 'staff.name as name', 'group_staff.role as role'])
      .where('group_staff.group_id', '=', groupId)
      .orderBy('staff.name')
      .execute();
    return rows.map((r) => ({ ...r, role: toStaffRole(r.role) }));
  }

  private select() {
    return this.db
      .selectFrom('groups')
      .innerJoin('group_agreements', (j) =>
        j
          .onRef('group_agreements.group_id', '=', 'groups.id')
          .onRef('group_agreements.version', '=', 'groups.agreement_version'),
      )
      .select([
        'groups.id as id',
        'groups.name as name',
        'groups.description as description',
        'groups.language as language',
        'groups.visibility as visibility',
        'groups.capacity as capacity',
        'groups.approval_required as approvalRequired',
        'groups.media as media',
        'groups.camera_on_at_join as cameraOnAtJoin',
        'groups.lobby_message as lobbyMessage',
        'groups.time_zone as timeZone',
        'groups.mask_contacts as maskContacts',
        'groups.retention_days as retentionDays',
        'groups.archived_at as archivedAt',
        'groups.created_at as createdAt',
        'group_agreements.version as agreementVersion',
        'group_agreements.text as agreementText',
      ]);
  }
}

interface GroupRow {
  id: string;
  name: string;
  description: string;
  language: string;
  visibility: string;
  capacity: number;
  approvalRequired: number;
  media: string;
  cameraOnAtJoin: number;
  lobbyMessage: string;
  timeZone: string;
  maskContacts: number;
  retentionDays: number;
  archivedAt: string | null;
  createdAt: string;
  agreementVersion: number;
  agreementText: string;
}

const toGroup = (r: GroupRow): GroupRecord => ({
  id: r.id,
  name: r.name,
  description: r.description,
  language: r.language,
  visibility: toVisibility(r.visibility),
  capacity: Number(r.capacity),
  approvalRequired: Number(r.approvalRequired) === 1,
  media: toMedia(r.media),
  cameraOnAtJoin: Number(r.cameraOnAtJoin) === 1,
  lobbyMessage: r.lobbyMessage,
  timeZone: r.timeZone,
  maskContacts: Number(r.maskContacts) === 1,
  retentionDays: Number(r.retentionDays),
  agreement: { version: Number(r.agreementVersion), text: r.agreementText },
  archivedAt: r.archivedAt,
  createdAt: r.createdAt,
});
