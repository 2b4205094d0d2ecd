import { sql, type Kysely } from 'kysely';

/**
 * Staff accounts, group settings and versioned agreements, invites, and participants as
 * device-bound pseudonymous identities with a membership per group. Existing per-session
 * participants become participants (their resume token keeps working as a device token) with
 * an admitted membership in their session's group: nothing is lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite adds one column per statement.
  await db.schema
    .alterTable('groups')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('closed'))
    .execute();
  await db.schema
    .alterTable('groups')
    .addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(12))
    .execute();
  await db.schema
    .alterTable('groups')
    .addColumn('approval_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('groups').addColumn('archived_at', 'text').execute();

  await db.schema
    .createTable('group_agreements')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_agreements_pk', ['group_id', 'version'])
    .execute();
  await sql`insert into group_agreements (group_id, version, text, created_at)
            select id, agreement_version, agreement_text, created_at from groups`.execute(db);
  await db.schema.alterTable('groups').dropColumn('agreement_text').execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    // 'facilitator' | 'moderator': what they may be assigned as and who they may invite.
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_invites')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('group_staff')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_staff_pk', ['group_id', 'staff_id'])
    .execute();

  await db.schema
    .createTable('participants_v2')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('memberships')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('participant_id', 'text', (c) => c.notNull())
    // What others in the group see: a different id in every group, so names a person uses in
    // two groups cannot be linked through an id.
    .addColumn('member_id', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['group_id', 'participant_id'])
    .execute();
  await sql`insert into participants_v2 (id, device_token_hash, created_at)
            select id, resume_token_hash, created_at from participants`.execute(db);
  // Old participants existed in one session only: their id already was a per-group id.
  await sql`insert into memberships (group_id, participant_id, member_id, display_name, status, created_at, updated_at)
            select s.group_id, p.id, p.id, p.display_name, 'admitted', p.created_at, p.created_at
            from participants p join sessions s on s.id = p.session_id`.execute(db);
  await db.schema.dropTable('participants').execute();
  await db.schema.alterTable('participants_v2').renameTo('participants').execute();

  await db.schema
    .createTable('agreement_acceptances')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('participant_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_acceptances_pk', ['group_id', 'participant_id', 'version'])
    .execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('max_uses', 'integer')
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revoked_at', 'text')
    .execute();

  await addMessageRemoval(db);
}

// Chat messages a participant deleted with their data stay in the sequence, emptied.
export async function addMessageRemoval(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('removed_at', 'text').execute();
}

export function down(): Promise<void> {
  // Going back would drop staff accounts and memberships; restore a backup instead.
  return Promise.reject(new Error('Migration 002 cannot be reverted automatically.'));
}
