import { z } from 'zod';
import { fieldErrors } from '../accounts/accounts.js';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { policy } from '../policies.js';

export const departmentSchema = z.object({
  name_en: z.string({ error: 'Give the English name' }).trim().min(2, 'Use at least 2 characters').max(80, 'Keep it under 80 characters'),
  name_zh: z.string({ error: 'Give the Chinese name' }).trim().min(1, 'Give the Chinese name').max(40, 'Keep it under 40 characters'),
  description: z.string().trim().max(2000, 'Keep it under 2,000 characters').default(''),
});

/** Names and description are editable; the slug is a stable identifier (CONTRACTS.md) and never changes. */
export async function updateDepartment(db: Executor, actor: User | null, id: number, input: unknown) {
  if (!policy.administer(actor)) throw forbidden();
  const dept = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!dept) throw notFound('No such department');
  const parsed = departmentSchema.safeParse(input ?? {});
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const changed = (['name_en', 'name_zh', 'description'] as const).filter((k) => parsed.data[k] !== dept[k]);
  if (changed.length === 0) return;
  await db.updateTable('departments').set(parsed.data).where('id', '=', id).execute();
  await audit(db, {
    actorId: actor!.id,
    action: 'department.update',
    targetType: 'department',
    targetId: dept.slug,
    details: Object.fromEntries(changed.map((k) => [k, { from: dept[k], to: parsed.data[k] }])),
  });
}
