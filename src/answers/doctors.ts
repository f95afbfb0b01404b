import type { Executor } from '../db/database.js';
import type { Doctor, User } from '../db/schema.js';

export async function doctorForUser(db: Executor, user: User | null): Promise<Doctor | undefined> {
  if (!user || user.role !== 'doctor') return undefined;
  return db.selectFrom('doctors').selectAll().where('user_id', '=', user.id).executeTakeFirst();
}
