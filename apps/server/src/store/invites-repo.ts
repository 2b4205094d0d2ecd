import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitesTable } from './schema';

export interface InviteRecord {
  id: string;
  groupId: string;
  createdAt: string;
  expiresAt: string;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
}

const toInvite = (r: Selectable<InvitesTable>): InviteRecord => ({
  id: r.id,
  groupId: r.group_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  maxUses: r.max_uses == null ? null : Number(r.max_uses),
  uses: Number(r.uses),
  revokedAt: r.revoked_at,
});

/** Participant invite links to a group. Only the hash of a link's token is stored. */
export class InvitesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(i: {
    id: string;
    groupId: string;
    tokenHash: string;
    createdBy: string;
    createdAt: string;
    expiresAt: string;
    maxUses: number | null;
  }): Promise<void> {
    await this.db
      .insertInto('invites')
      .values({
        id: i.id,
        group_id: i.groupId,
        token_hash: i.tokenHash,
        created_by: i.createdBy,
        created_at: i.createdAt,
        expires_at: i.expiresAt,
        max_uses: i.maxUses,
        revoked_at: null,
      })
      .execute();
  }

  async listForGroup(groupId: string): Promise<InviteRecord[]> {
    const rows = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toInvite);
  }

  async findByToken(tokenHash: string): Promise<InviteRecord | null> {
    const row = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? toInvite(row) : null;
  }

  /** Returns false when there was no such invite in the group. */
  async revoke(groupId: string, inviteId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ revoked_at: at })
      .where('id', '=', inviteId)
      .where('group_id', '=', groupId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Counts one use, atomically, if the invite is still valid; which invite, or null. */
  async use(tokenHash: string, now: string): Promise<{ id: string; groupId: string } | null> {
    const row = await this.db
      .updateTable('invites')
      .set((eb) => ({ uses: eb('uses', '+', 1) }))
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
      .returning(['id', 'group_id'])
      .executeTakeFirst();
    return row ? { id: row.id, groupId: row.group_id } : null;
  }
}
