import { randomBytes } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export type { MembershipStatus } from '@haven/core';
import type { MembershipStatus } from '@haven/core';

export interface Membership {
  groupId: string;
  participantId: string;
  /** The id the group sees; chosen when the membership is created, never changed. */
  memberId: string;
  displayName: string;
  status: MembershipStatus;
}

const newMemberId = (): string => randomBytes(12).toString('base64url');

const toMembership = (row: {
  group_id: string;
  participant_id: string;
  member_id: string;
  display_name: string;
  status: string;
}): Membership => ({
  groupId: row.group_id,
  participantId: row.participant_id,
  memberId: row.member_id,
  displayName: row.display_name,
  status: toStatus(row.status),
});

const STATUSES: readonly MembershipStatus[] = ['requested', 'admitted', 'left', 'removed'];
// An unknown value is treated as the most restrictive status, never as admitted.
const toStatus = (v: string): MembershipStatus => STATUSES.find((s) => s === v) ?? 'removed';

/** Pseudonymous participants: a device token, and per group a name, a status and acceptances. */
export class ParticipantsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(id: string, deviceTokenHash: string, createdAt: string): Promise<void> {
    await this.db
      .insertInto('participants')
      .values({ id, device_token_hash: deviceTokenHash, created_at: createdAt })
      .execute();
  }

  async findByDeviceToken(deviceTokenHash: string): Promise<{ id: string } | null> {
    const row = await this.db
      .selectFrom('participants')
      .select('id')
      .where('device_token_hash', '=', deviceTokenHash)
      .executeTakeFirst();
    return row ?? null;
  }

  async membership(groupId: string, participantId: string): Promise<Membership | null> {
    const row = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    return row ? toMembership(row) : null;
  }

  async membershipByMemberId(groupId: string, memberId: string): Promise<Membership | null> {
    const row = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
    return row ? toMembership(row) : null;
  }

  /**
   * Creates the membership (with a new member id) or updates its name and status. `inviteId`
   * records the invite spent to get in; without one the earlier record stays.
   */
  async putMembership(
    m: Omit<Membership, 'memberId'> & { inviteId?: string | null },
    at: string,
  ): Promise<void> {
    const inviteId = m.inviteId ?? null;
    await this.db
      .insertInto('memberships')
      .values({
        group_id: m.groupId,
        participant_id: m.participantId,
        member_id: newMemberId(),
        display_name: m.displayName,
        status: m.status,
        created_at: at,
        updated_at: at,
        invite_id: inviteId,
      })
      .onConflict((oc) =>
        oc.columns(['group_id', 'participant_id']).doUpdateSet({
          display_name: m.displayName,
          status: m.status,
          updated_at: at,
          ...(inviteId && { invite_id: inviteId }),
        }),
      )
      .execute();
  }

  /** The invite this member came in by, if any. */
  async inviteOf(groupId: string, participantId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('memberships')
      .select('invite_id')
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    return row?.invite_id ?? null;
  }

  async setDisplayName(
    groupId: string,
    participantId: string,
    displayName: string,
    at: string,
  ): Promise<void> {
    await this.db
      .updateTable('memberships')
      .set({ display_name: displayName, updated_at: at })
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .execute();
  }

  async setStatus(
    groupId: string,
    participantId: string,
    status: MembershipStatus,
    at: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('memberships')
      .set({ status, updated_at: at })
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Every membership with its group's name, and every acceptance: a person's own data. */
  async dataOf(participantId: string): Promise<{
    memberships: { groupId: string; groupName: string; displayName: string; status: string }[];
    acceptances: { groupId: string; version: number; acceptedAt: string }[];
  }> {
    const memberships = await this.db
      .selectFrom('memberships')
      .innerJoin('groups', 'groups.id', 'memberships.group_id')
      .select([
        'memberships.group_id as groupId',
        'groups.name as groupName',
        'memberships.display_name as displayName',
        'memberships.status as status',
      ])
      .where('memberships.participant_id', '=', participantId)
      .execute();
    const acceptances = await this.db
      .selectFrom('agreement_acceptances')
      .select(['group_id as groupId', 'version', 'accepted_at as acceptedAt'])
      .where('participant_id', '=', participantId)
      .orderBy('accepted_at')
      .execute();
    return {
      memberships,
      acceptances: acceptances.map((a) => ({ ...a, version: Number(a.version) })),
    };
  }

  /**
   * Deletes a person, in one transaction: names, statuses and acceptances go, their messages
   * keep their place in the sequence but lose text and name, and the device token stops working.
   */
  async deleteEverything(participantId: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Messages carry the member id of each group the person was in.
      await trx
        .updateTable('messages')
        .set({ text: '', sender_name: '', removed_at: at, removed_by: 'sender' })
        .where('sender_id', 'in', (eb) =>
          eb
            .selectFrom('memberships')
            .select('member_id')
            .where('participant_id', '=', participantId),
        )
        .execute();
      // Moderation records keep what happened, not who: their name goes too.
      const memberIds = (eb: ExpressionBuilder<Database, 'audit_log'>) =>
        eb
          .selectFrom('memberships')
          .select('member_id')
          .where('participant_id', '=', participantId);
      await trx
        .updateTable('audit_log')
        .set({ target_name: '' })
        .where('target_id', 'in', memberIds)
        .execute();
      await trx
        .updateTable('audit_log')
        .set({ actor_name: '' })
        .where('actor_id', 'in', memberIds)
        .execute();
      await this.deleteSafetyRecords(trx, participantId);
      await trx
        .updateTable('bans')
        .set({ display_name: '' })
        .where('participant_id', '=', participantId)
        .execute();
      // Mood counts stay: they were never linked to anyone.
      for (const table of [
        'session_visits',
        'session_checkins',
        'mood_answered',
        'support_alerts',
      ] as const)
        await trx
          .deleteFrom(table)
          .where('member_id', 'in', (eb) =>
            eb
              .selectFrom('memberships')
              .select('member_id')
              .where('participant_id', '=', participantId),
          )
          .execute();
      await trx
        .deleteFrom('session_rsvps')
        .where('member_id', 'in', (eb) =>
          eb
            .selectFrom('memberships')
            .select('member_id')
            .where('participant_id', '=', participantId),
        )
        .execute();
      await trx
        .deleteFrom('agreement_acceptances')
        .where('participant_id', '=', participantId)
        .execute();
      await trx.deleteFrom('memberships').where('participant_id', '=', participantId).execute();
      await trx.deleteFrom('participants').where('id', '=', participantId).execute();
    });
  }

  /**
   * What the safety tools kept of the person: held messages and their private check-ins go;
   * reports keep that they were made (for the moderators' record) without the person's name or
   * words, whichever side of the report they were on.
   */
  private async deleteSafetyRecords(trx: Transaction<Database>, participantId: string) {
    const memberIds = trx
      .selectFrom('memberships')
      .select('member_id')
      .where('participant_id', '=', participantId);
    const theirTalks = trx
      .selectFrom('private_talks')
      .select('id')
      .where('member_id', 'in', memberIds);
    await trx.deleteFrom('held_messages').where('sender_id', 'in', memberIds).execute();
    await trx.deleteFrom('private_talk_messages').where('talk_id', 'in', theirTalks).execute();
    await trx.deleteFrom('private_talk_moderators').where('talk_id', 'in', theirTalks).execute();
    await trx.deleteFrom('private_talks').where('member_id', 'in', memberIds).execute();
    await trx
      .updateTable('reports')
      .set({ reporter_name: '', reason: '' })
      .where('reporter_id', 'in', memberIds)
      .execute();
    await trx
      .updateTable('reports')
      .set({ subject_name: '', message_text: null })
      .where('subject_id', 'in', memberIds)
      .execute();
  }

  /** The groups this device is an admitted member of. */
  async admittedMemberships(participantId: string): Promise<Membership[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('participant_id', '=', participantId)
      .where('status', '=', 'admitted')
      .execute();
    return rows.map(toMembership);
  }

  /** Replaces a member's calendar feed token (by its hash): the previous link stops working. */
  async setFeedToken(groupId: string, participantId: string, tokenHash: string): Promise<void> {
    await this.db
      .updateTable('memberships')
      .set({ feed_token_hash: tokenHash })
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .execute();
  }

  /** The membership a calendar feed token belongs to, whatever its status. */
  async byFeedToken(tokenHash: string): Promise<Membership | null> {
    const row = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('feed_token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? toMembership(row) : null;
  }

  async membersOf(groupId: string): Promise<Membership[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('status', 'in', ['requested', 'admitted'])
      .orderBy('display_name')
      .execute();
    return rows.map(toMembership);
  }

  /** Only the version and the time are kept: nothing else about the person. */
  async recordAcceptance(
    groupId: string,
    participantId: string,
    version: number,
    at: string,
  ): Promise<void> {
    await this.db
      .insertInto('agreement_acceptances')
      .values({ group_id: groupId, participant_id: participantId, version, accepted_at: at })
      .onConflict((oc) => oc.columns(['group_id', 'participant_id', 'version']).doNothing())
      .execute();
  }

  async acceptedVersion(groupId: string, participantId: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('agreement_acceptances')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    return row?.version == null ? null : Number(row.version);
  }
}
