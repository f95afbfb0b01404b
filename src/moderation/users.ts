import { sql } from 'kysely';
import { destroyUserSessions } from '../accounts/sessions.js';
import { normaliseEmail } from '../accounts/users.js';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { DomainError, forbidden, notFound } from '../errors.js';
import { policy } from '../policies.js';
import { audit } from './audit.js';
import { reasonOf } from './reason.js';

/** Staff look people up by e-mail (or part of it); never listed to anyone else. */
export async function findUsers(db: Executor, actor: User | null, emailPart: string, limit = 50) {
  if (!policy.moderate(actor)) throw forbidden();
  let q = db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'suspended_at', 'suspended_reason', 'created_at', 'email_verified_at']);
  const needle = normaliseEmail(emailPart);
  // Escape LIKE's wildcards: '_' is common in addresses. ESCAPE works the same on SQLite and PostgreSQL.
  if (needle) q = q.where(sql<boolean>`email LIKE ${`%${needle.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Moderators suspend patients and doctors; only an admin suspends a
 * moderator, and nobody suspends an admin or themselves from the site (that
 * would lock the site out of its own administration).
 */
function maySuspend(actor: User, target: User) {
  if (actor.id === target.id || target.role === 'admin') return false;
  if (target.role === 'moderator') return actor.role === 'admin';
  return true;
}

async function loadTarget(db: Executor, id: number) {
  const target = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!target) throw notFound('No such user');
  return target;
}

/** A suspended account cannot sign in, ask or answer; its open sessions end now. */
export async function suspendUser(db: Executor, actor: User | null, userId: number, reason: unknown) {
  if (!policy.moderate(actor)) throw forbidden();
  const r = reasonOf(reason);
  const target = await loadTarget(db, userId);
  if (!maySuspend(actor!, target)) throw forbidden('You may not suspend this account.');
  if (target.suspended_at) throw new DomainError('conflict', 'This account is already suspended.');
  await db.updateTable('users').set({ suspended_at: new Date().toISOString(), suspended_reason: r }).where('id', '=', userId).execute();
  await destroyUserSessions(db, userId);
  await audit(db, { actorId: actor!.id, action: 'user.suspend', targetType: 'user', targetId: userId, reason: r });
}

export async function unsuspendUser(db: Executor, actor: User | null, userId: number, reason: unknown) {
  if (!policy.moderate(actor)) throw forbidden();
  const r = reasonOf(reason);
  const target = await loadTarget(db, userId);
  if (!maySuspend(actor!, target)) throw forbidden('You may not change this account.');
  if (!target.suspended_at) throw new DomainError('conflict', 'This account is not suspended.');
  await db.updateTable('users').set({ suspended_at: null, suspended_reason: null }).where('id', '=', userId).execute();
  await audit(db, { actorId: actor!.id, action: 'user.unsuspend', targetType: 'user', targetId: userId, reason: r });
}
