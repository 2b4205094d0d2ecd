import type { Kysely } from 'kysely';

/**
 * Safety tools. Watched words per group and language (and the platform's, owner '*'); messages
 * held by them until a moderator decides; whether a call for support was asked for or raised by
 * flagged words; private check-ins with their moderators and messages; reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('mask_contacts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('watched_words')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('watched_words_pk', ['owner', 'locale', 'position'])
    .execute();

  await db.schema
    .createTable('held_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('sender_id', 'text', (c) => c.notNull())
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('client_msg_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('phrases', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('held_messages_send', ['session_id', 'sender_id', 'client_msg_id'])
    .execute();

  await db.schema
    .alterTable('support_alerts')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo('asked'))
    .execute();
  await db.schema.alterTable('support_alerts').addColumn('seq', 'integer').execute();

  await db.schema
    .createTable('private_talks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('private_talks_by_session')
    .on('private_talks')
    .columns(['session_id', 'opened_at'])
    .execute();
  await db.schema
    .createTable('private_talk_moderators')
    .addColumn('talk_id', 'text', (c) => c.notNull().references('private_talks.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('private_talk_moderators_pk', ['talk_id', 'staff_id'])
    .execute();
  await db.schema
    .createTable('private_talk_messages')
    .addColumn('talk_id', 'text', (c) => c.notNull().references('private_talks.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('sender_id', 'text', (c) => c.notNull())
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('client_msg_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('private_talk_messages_pk', ['talk_id', 'seq'])
    .addUniqueConstraint('private_talk_messages_send', ['talk_id', 'sender_id', 'client_msg_id'])
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('reporter_id', 'text', (c) => c.notNull())
    .addColumn('reporter_name', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer')
    .addColumn('message_text', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_name', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('reports_by_session')
    .on('reports')
    .columns(['session_id', 'created_at'])
    .execute();
}
