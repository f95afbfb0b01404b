import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { hashSecret, newSecret } from './tokens.js';

export const SESSION_COOKIE = 'oc_session';
export const SESSION_DAYS = 14;

/** Creates a session and returns the cookie value (only its hash is stored). */
export async function createSession(db: Executor, userId: number): Promise<{ cookie: string; expiresAt: Date }> {
  const cookie = newSecret();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86400_000);
  await db
    .insertInto('sessions')
    .values({ id: hashSecret(cookie), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
  return { cookie, expiresAt };
}

export async function userForSession(db: Executor, cookie: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select('sessions.expires_at as session_expires_at')
    .where('sessions.id', '=', hashSecret(cookie))
    .executeTakeFirst();
  if (!row || row.session_expires_at < new Date().toISOString() || row.suspended_at) return undefined;
  const { session_expires_at: _, ...user } = row;
  return user;
}

export async function destroySession(db: Executor, cookie: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashSecret(cookie)).execute();
}

export async function destroyUserSessions(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function userForApiToken(db: Executor, token: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .where('api_tokens.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.suspended_at) return undefined;
  return row;
}

export async function createApiToken(db: Executor, userId: number): Promise<string> {
  const token = `oc_${newSecret()}`;
  await db
    .insertInto('api_tokens')
    .values({ user_id: userId, token_hash: hashSecret(token), created_at: new Date().toISOString(), last_used_at: null })
    .execute();
  return token;
}
