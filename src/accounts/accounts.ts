import { z } from 'zod';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { DomainError, invalid } from '../errors.js';
import type { Mailer } from '../notifications/mailer.js';
import { t } from '../i18n/index.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { destroyUserSessions } from './sessions.js';
import { hashSecret, newSecret } from './tokens.js';
import { findUserByEmail, insertUser, normaliseEmail } from './users.js';

export const signUpSchema = z.object({
  email: z.string().trim().email('Enter a valid e-mail address').max(254),
  password: z.string().min(10, 'Use at least 10 characters').max(200, 'Use at most 200 characters'),
  displayName: z.string().trim().min(2, 'Use at least 2 characters').max(40, 'Use at most 40 characters'),
});

export interface AccountDeps {
  mailer: Mailer;
  publicUrl: string;
  siteName: string;
}

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A patient signs up; the account can sign in at once but must verify its e-mail before asking. */
export async function signUp(db: Executor, deps: AccountDeps, input: unknown): Promise<User> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { email, password, displayName } = parsed.data;
  if (await findUserByEmail(db, email)) {
    throw invalid({ email: 'An account with this e-mail already exists. Sign in or reset your password.' });
  }
  const user = await insertUser(db, { email, password, role: 'patient', displayName, verified: false });
  await sendVerification(db, deps, user);
  return user;
}

async function issueEmailToken(db: Executor, userId: number, purpose: 'verify' | 'reset', hours: number): Promise<string> {
  const token = newSecret();
  const now = new Date();
  await db
    .insertInto('email_tokens')
    .values({
      token_hash: hashSecret(token),
      user_id: userId,
      purpose,
      expires_at: new Date(now.getTime() + hours * 3600_000).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return token;
}

export async function sendVerification(db: Executor, deps: AccountDeps, user: User): Promise<void> {
  const token = await issueEmailToken(db, user.id, 'verify', 48);
  await deps.mailer.send({
    to: user.email,
    subject: t.mail.verifySubject(deps.siteName),
    text: t.mail.verifyBody(user.display_name, `${deps.publicUrl}/verify-email?token=${token}`),
  });
}

async function consumeEmailToken(db: Executor, token: string, purpose: 'verify' | 'reset'): Promise<number> {
  const row = await db
    .selectFrom('email_tokens')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at < new Date().toISOString()) {
    throw new DomainError('validation', t.accounts.linkExpired);
  }
  await db.updateTable('email_tokens').set({ used_at: new Date().toISOString() }).where('token_hash', '=', row.token_hash).execute();
  return row.user_id;
}

export async function verifyEmail(db: Executor, token: string): Promise<number> {
  const userId = await consumeEmailToken(db, token, 'verify');
  await db.updateTable('users').set({ email_verified_at: new Date().toISOString() }).where('id', '=', userId).where('email_verified_at', 'is', null).execute();
  return userId;
}

/** Always behaves the same whether or not the address has an account, so it reveals nothing. */
export async function requestPasswordReset(db: Executor, deps: AccountDeps, email: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const token = await issueEmailToken(db, user.id, 'reset', 2);
  await deps.mailer.send({
    to: user.email,
    subject: t.mail.resetSubject(deps.siteName),
    text: t.mail.resetBody(user.display_name, `${deps.publicUrl}/reset-password?token=${token}`),
  });
}

export async function resetPassword(db: Executor, token: string, password: string): Promise<number> {
  const parsed = signUpSchema.shape.password.safeParse(password);
  if (!parsed.success) throw invalid({ password: parsed.error.issues[0].message });
  const userId = await consumeEmailToken(db, token, 'reset');
  await db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', userId).execute();
  // A reset means the old password may be known to someone else: end every session.
  await destroyUserSessions(db, userId);
  return userId;
}

/** Constant-time with respect to whether the account exists. */
export async function checkCredentials(db: Executor, email: string, password: string): Promise<User> {
  const user = await findUserByEmail(db, normaliseEmail(email));
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyPasswordHash()));
  if (!user || !ok) throw invalid({ email: t.accounts.badCredentials }, t.accounts.badCredentials);
  if (user.suspended_at) throw new DomainError('forbidden', t.accounts.suspended);
  return user;
}
