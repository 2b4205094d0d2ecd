import type { Kysely } from 'kysely';
import type { Database } from './schema';

export type StaffRole = 'facilitator' | 'moderator';

export interface StaffRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: StaffRole;
  isAdmin: boolean;
  disabled: boolean;
}

export interface NewStaff {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: StaffRole;
  isAdmin: boolean;
  createdAt: string;
}

const toRole = (v: string): StaffRole => (v === 'facilitator' ? 'facilitator' : 'moderator');

const toStaff = (r: {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  is_admin: number;
  disabled_at: string | null;
}): StaffRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  role: toRole(r.role),
  isAdmin: Number(r.is_admin) === 1,
  disabled: r.disabled_at !== null,
});

/** Staff accounts, their cookie sessions and one-time staff invites. */
export class StaffRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(s: NewStaff): Promise<void> {
    await this.db
      .insertInto('staff')
      .values({
        id: s.id,
        email: s.email.toLowerCase(),
        name: s.name,
        password_hash: s.passwordHash,
        role: s.role,
        is_admin: s.isAdmin ? 1 : 0,
        created_at: s.createdAt,
        disabled_at: null,
      })
      .execute();
  }

  async findByEmail(email: string): Promise<StaffRecord | null> {
    const row = await this.db
      .selectFrom('staff')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row ? toStaff(row) : null;
  }

  async findById(id: string): Promise<StaffRecord | null> {
    const row = await this.db
      .selectFrom('staff')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStaff(row) : null;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('staff')
      .set({ password_hash: passwordHash })
      .where('id', '=', id)
      .execute();
  }

  async createSession(s: {
    tokenHash: string;
    staffId: string;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('staff_sessions')
      .values({
        token_hash: s.tokenHash,
        staff_id: s.staffId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
      })
      .execute();
  }

  /** A live session and its account; expired sessions and disabled accounts give null. */
  async findSession(
    tokenHash: string,
    now: string,
  ): Promise<{ staff: StaffRecord; csrfToken: string } | null> {
    const row = await this.db
      .selectFrom('staff_sessions')
      .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
      .selectAll('staff')
      .select('staff_sessions.csrf_token as csrf_token')
      .where('staff_sessions.token_hash', '=', tokenHash)
      .where('staff_sessions.expires_at', '>', now)
      .where('staff.disabled_at', 'is', null)
      .executeTakeFirst();
    return row ? { staff: toStaff(row), csrfToken: row.csrf_token } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Signs the person out everywhere (after a password reset, say). */
  async deleteSessionsOf(staffId: string): Promise<void> {
    await this.db.deleteFrom('staff_sessions').where('staff_id', '=', staffId).execute();
  }

  async createInvite(i: {
    tokenHash: string;
    role: StaffRole;
    createdBy: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('staff_invites')
      .values({
        token_hash: i.tokenHash,
        role: i.role,
        created_by: i.createdBy,
        created_at: i.createdAt,
        expires_at: i.expiresAt,
        used_at: null,
      })
      .execute();
  }

  async inviteIsOpen(tokenHash: string, now: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('staff_invites')
      .select('token_hash')
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row !== undefined;
  }

  async deletePasswordResetsOf(staffId: string): Promise<void> {
    await this.db.deleteFrom('password_resets').where('staff_id', '=', staffId).execute();
  }

  /** Uses a staff invite once, atomically: the role it grants, or null if spent or expired. */
  async useInvite(tokenHash: string, now: string): Promise<StaffRole | null> {
    const row = await this.db
      .updateTable('staff_invites')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('role')
      .executeTakeFirst();
    return row ? toRole(row.role) : null;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('staff')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async list(): Promise<StaffRecord[]> {
    const rows = await this.db.selectFrom('staff').selectAll().orderBy('name').execute();
    return rows.map(toStaff);
  }

  async createPasswordReset(r: {
    tokenHash: string;
    staffId: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('password_resets')
      .values({
        token_hash: r.tokenHash,
        staff_id: r.staffId,
        created_at: r.createdAt,
        expires_at: r.expiresAt,
        used_at: null,
      })
      .execute();
  }

  /** Uses a reset link once, atomically: whose password it may set, or null. */
  async usePasswordReset(tokenHash: string, now: string): Promise<string | null> {
    const row = await this.db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('staff_id')
      .executeTakeFirst();
    return row?.staff_id ?? null;
  }
}
