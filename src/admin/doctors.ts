import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { policy } from '../policies.js';

/** Doctors with an account, unverified first: imported archive authors have no account and need no verification. */
export async function listDoctorsForVerification(db: Executor, actor: User | null) {
  if (!policy.administer(actor)) throw forbidden();
  return db
    .selectFrom('doctors')
    .innerJoin('departments', 'departments.id', 'doctors.department_id')
    .innerJoin('users', 'users.id', 'doctors.user_id')
    .select(['doctors.id', 'doctors.name', 'doctors.hospital', 'doctors.verified', 'doctors.created_at', 'departments.name_en as department', 'users.email'])
    .where('doctors.source', '=', 'local')
    .orderBy('doctors.verified')
    .orderBy('doctors.created_at', 'desc')
    .limit(500)
    .execute();
}

/** Only a verified doctor answers or sees the department's queue (policies.ts). */
export async function setDoctorVerified(db: Executor, actor: User | null, doctorId: number, verified: boolean) {
  if (!policy.administer(actor)) throw forbidden();
  const doctor = await db.selectFrom('doctors').selectAll().where('id', '=', doctorId).executeTakeFirst();
  if (!doctor) throw notFound('No such doctor');
  if ((doctor.verified === 1) === verified) return;
  await db.updateTable('doctors').set({ verified: verified ? 1 : 0 }).where('id', '=', doctorId).execute();
  await audit(db, { actorId: actor!.id, action: verified ? 'doctor.verify' : 'doctor.unverify', targetType: 'doctor', targetId: doctorId });
}
