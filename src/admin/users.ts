import { z } from 'zod';
import { fieldErrors } from '../accounts/accounts.js';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { findDepartmentBySlug } from '../departments/repository.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { findUsers } from '../moderation/users.js';
import { policy } from '../policies.js';

async function target(db: Executor, actor: User | null, userId: number) {
  if (!policy.administer(actor)) throw forbidden();
  const user = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('No such user');
  // Admins are made and unmade from the command line only: nobody locks the site out of its administration by a click.
  if (user.role === 'admin') throw forbidden('Administrator accounts are changed from the command line.');
  return user;
}

export const ASSIGNABLE_ROLES = ['patient', 'moderator'] as const;

/** Patient ⇄ moderator. Doctors are made with makeDoctor, which also needs a department. */
export async function setUserRole(db: Executor, actor: User | null, userId: number, role: unknown) {
  const user = await target(db, actor, userId);
  const parsed = z.enum(ASSIGNABLE_ROLES, { error: 'Choose patient or moderator' }).safeParse(role);
  if (!parsed.success) throw invalid({ role: 'Choose patient or moderator' });
  if (user.role === parsed.data) return;
  await db.updateTable('users').set({ role: parsed.data }).where('id', '=', userId).execute();
  await audit(db, { actorId: actor!.id, action: 'user.role', targetType: 'user', targetId: userId, details: { from: user.role, to: parsed.data } });
}

export const doctorSchema = z.object({
  department: z.string({ error: 'Choose a department' }).trim().min(1, 'Choose a department'),
  hospital: z.string().trim().max(120, 'Keep it under 120 characters').default(''),
  name: z.string({ error: 'Give the name shown on answers' }).trim().min(2, 'Give the name shown on answers').max(80, 'Keep it under 80 characters'),
  verified: z.preprocess((v) => v === true || v === 'on' || v === '1' || v === 'true', z.boolean()),
});

/**
 * Makes a user a doctor of a department: the role changes and a doctor
 * profile (the `doctors` row answers are signed with) is created, or updated
 * if the user had one before.
 */
export async function makeDoctor(db: Executor, actor: User | null, userId: number, input: unknown) {
  const user = await target(db, actor, userId);
  const parsed = doctorSchema.safeParse(input ?? {});
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const dept = await findDepartmentBySlug(db, parsed.data.department);
  if (!dept) throw invalid({ department: 'Choose a department from the list' });
  const { hospital, name, verified } = parsed.data;
  const existing = await db.selectFrom('doctors').selectAll().where('user_id', '=', userId).executeTakeFirst();
  let doctorId: number;
  if (existing) {
    await db.updateTable('doctors').set({ department_id: dept.id, hospital, name, verified: verified ? 1 : 0 }).where('id', '=', existing.id).execute();
    doctorId = existing.id;
  } else {
    const row = await db
      .insertInto('doctors')
      .values({ user_id: userId, name, department_id: dept.id, hospital, sign_off: '', bio: '', verified: verified ? 1 : 0, source: 'local', created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    doctorId = row.id;
  }
  if (user.role !== 'doctor') await db.updateTable('users').set({ role: 'doctor' }).where('id', '=', userId).execute();
  await audit(db, {
    actorId: actor!.id,
    action: 'user.make-doctor',
    targetType: 'user',
    targetId: userId,
    details: { doctorId, department: dept.slug, hospital, verified, fromRole: user.role },
  });
  return doctorId;
}

export async function listUsers(db: Executor, actor: User | null, emailPart: string, limit = 100) {
  if (!policy.administer(actor)) throw forbidden();
  return findUsers(db, actor, emailPart, limit);
}
