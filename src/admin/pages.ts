import { z } from 'zod';
import { fieldErrors } from '../accounts/accounts.js';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { policy } from '../policies.js';
import { DEFAULT_PAGES } from '../site/default-pages.js';

export const SITE_PAGE_KEYS = Object.keys(DEFAULT_PAGES);

/** The stored text if an admin saved one, else the default (the same rule site/routes.tsx follows). */
export async function sitePage(db: Executor, key: string) {
  if (!DEFAULT_PAGES[key]) throw notFound('No such page');
  const row = await db.selectFrom('site_pages').selectAll().where('key', '=', key).executeTakeFirst();
  return { key, title: row?.title ?? DEFAULT_PAGES[key].title, body: row?.body ?? DEFAULT_PAGES[key].body, updatedAt: row?.updated_at ?? null, isDefault: !row };
}

const pageSchema = z.object({
  title: z.string({ error: 'Give a title' }).trim().min(2, 'Give a title').max(120, 'Keep it under 120 characters'),
  body: z.string({ error: 'Write the text' }).trim().min(20, 'Use at least 20 characters').max(50_000, 'Keep it under 50,000 characters'),
});

export async function updateSitePage(db: Executor, actor: User | null, key: string, input: unknown) {
  if (!policy.administer(actor)) throw forbidden();
  if (!DEFAULT_PAGES[key]) throw notFound('No such page');
  const parsed = pageSchema.safeParse(input ?? {});
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const now = new Date().toISOString();
  const existing = await db.selectFrom('site_pages').select('key').where('key', '=', key).executeTakeFirst();
  if (existing) await db.updateTable('site_pages').set({ ...parsed.data, updated_at: now, updated_by: actor!.id }).where('key', '=', key).execute();
  else await db.insertInto('site_pages').values({ key, ...parsed.data, updated_at: now, updated_by: actor!.id }).execute();
  await audit(db, { actorId: actor!.id, action: 'site-page.update', targetType: 'site_page', targetId: key, details: { chars: parsed.data.body.length } });
}
