import { z } from 'zod';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { findDepartmentBySlug } from '../departments/repository.js';
import { DomainError, invalid } from '../errors.js';
import { fieldErrors } from '../accounts/accounts.js';
import { findUserByEmail, insertUser } from '../accounts/users.js';

const schema = z.object({
  role: z.enum(['patient', 'doctor', 'moderator', 'admin'], { error: '--role must be patient, doctor, moderator or admin' }),
  email: z.string({ error: '--email is required' }).email('--email is not an e-mail address'),
  password: z.string({ error: '--password is required' }).min(8, '--password needs at least 8 characters'),
  name: z.string({ error: '--name is required' }).trim().min(1),
  department: z.string().optional(),
  hospital: z.string().optional(),
});

/** Operators create accounts from the command line; a doctor created this way is verified. */
export async function addUser(db: Executor, input: Record<string, string | undefined>): Promise<User> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error), Object.values(fieldErrors(parsed.error)).join('; '));
  const u = parsed.data;
  if (await findUserByEmail(db, u.email)) throw new DomainError('conflict', `a user with e-mail ${u.email} already exists`);
  let departmentId: number | undefined;
  if (u.role === 'doctor') {
    if (!u.department) throw new DomainError('validation', 'a doctor needs --department SLUG');
    const dept = await findDepartmentBySlug(db, u.department);
    if (!dept) throw new DomainError('validation', `unknown department "${u.department}"`);
    departmentId = dept.id;
  }
  const user = await insertUser(db, { email: u.email, password: u.password, role: u.role, displayName: u.name, verified: true });
  if (departmentId) {
    await db
      .insertInto('doctors')
      .values({ user_id: user.id, name: u.name, department_id: departmentId, hospital: u.hospital ?? '', sign_off: '', bio: '', verified: 1, source: 'local', created_at: new Date().toISOString() })
      .execute();
  }
  return user;
}
