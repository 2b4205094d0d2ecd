import type { WatchedWord } from '@haven/protocol';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Watched words of a group (or of the platform, owner '*'), per language, in order. */
export class WatchRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces one owner's list in one language (an empty list removes it). */
  async set(owner: string, locale: string, words: readonly WatchedWord[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('watched_words')
        .where('owner', '=', owner)
        .where('locale', '=', locale)
        .execute();
      if (words.length === 0) return;
      await trx
        .insertInto('watched_words')
        .values(words.map((w, position) => ({ owner, locale, position, ...w })))
        .execute();
    });
  }

  /** Every list of the given owners, by owner and language. */
  async listsOf(owners: readonly string[]): Promise<Map<string, Map<string, WatchedWord[]>>> {
    const rows = await this.db
      .selectFrom('watched_words')
      .selectAll()
      .where('owner', 'in', owners)
      .orderBy('owner')
      .orderBy('locale')
      .orderBy('position')
      .execute();
    const byOwner = new Map<string, Map<string, WatchedWord[]>>();
    for (const r of rows) {
      const lists = byOwner.get(r.owner) ?? new Map<string, WatchedWord[]>();
      const list = lists.get(r.locale) ?? [];
      list.push({ phrase: r.phrase, action: r.action });
      lists.set(r.locale, list);
      byOwner.set(r.owner, lists);
    }
    return byOwner;
  }
}
