import type { Executor } from '../db/database.js';
import type { Role, User } from '../db/schema.js';
import { nowIso } from '../time.js';
import { hashPassword } from './passwords.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(db: Executor, id: number): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Executor,
  input: { email: string; password: string; role: Role; displayName: string; verified: boolean },
): Promise<User> {
  const createdAt = nowIso();
  return db
    .insertInto('users')
    .values({
      email: normaliseEmail(input.email),
      password_hash: await hashPassword(input.password),
      role: input.role,
      display_name: input.displayName,
      email_verified_at: input.verified ? createdAt : null,
      suspended_at: null,
      suspended_reason: null,
      created_at: createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
