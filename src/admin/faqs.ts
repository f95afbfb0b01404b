import { z } from 'zod';
import { fieldErrors } from '../accounts/accounts.js';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { policy } from '../policies.js';
import { searchText } from '../questions/text.js';

export const FAQ_PAGE_SIZE = 50;

export async function listFaqs(db: Executor, actor: User | null, opts: { q?: string; page: number }) {
  if (!policy.administer(actor)) throw forbidden();
  let q = db.selectFrom('faqs');
  const needle = opts.q?.trim();
  if (needle) q = q.where((eb) => eb.or([eb('question', 'like', `%${needle}%`), eb('focus', 'like', `%${needle}%`)]));
  const [rows, total] = await Promise.all([
    q.select(['id', 'question', 'focus', 'source', 'updated_at']).orderBy('id').limit(FAQ_PAGE_SIZE).offset((opts.page - 1) * FAQ_PAGE_SIZE).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const faqSchema = z.object({
  question: z.string({ error: 'Write the question' }).trim().min(5, 'Use at least 5 characters').max(500, 'Keep it under 500 characters'),
  answer: z.string({ error: 'Write the answer' }).trim().min(20, 'Use at least 20 characters').max(20_000, 'Keep it under 20,000 characters'),
  focus: z.string().trim().max(200, 'Keep it under 200 characters').default(''),
  url: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/.test(v), 'Give a full http(s) address, or leave it empty')
    .default(''),
});

/** The search text is rebuilt so full-text search and Related FAQ see the new wording. */
export async function updateFaq(db: Executor, actor: User | null, id: number, input: unknown) {
  if (!policy.administer(actor)) throw forbidden();
  const faq = await db.selectFrom('faqs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!faq) throw notFound('No such FAQ entry');
  const parsed = faqSchema.safeParse(input ?? {});
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { question, answer, focus, url } = parsed.data;
  await db
    .updateTable('faqs')
    .set({ question, answer, focus, url: url || null, search_text: searchText(question, focus), updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
  await audit(db, { actorId: actor!.id, action: 'faq.update', targetType: 'faq', targetId: id, details: { questionChanged: question !== faq.question, answerChanged: answer !== faq.answer } });
}

/** Deleting removes its Related FAQ links too (ON DELETE CASCADE). */
export async function deleteFaq(db: Executor, actor: User | null, id: number) {
  if (!policy.administer(actor)) throw forbidden();
  const faq = await db.selectFrom('faqs').select(['id', 'question', 'external_id']).where('id', '=', id).executeTakeFirst();
  if (!faq) throw notFound('No such FAQ entry');
  await db.deleteFrom('question_faqs').where('faq_id', '=', id).execute();
  await db.deleteFrom('faqs').where('id', '=', id).execute();
  await audit(db, { actorId: actor!.id, action: 'faq.delete', targetType: 'faq', targetId: id, details: { question: faq.question, externalId: faq.external_id } });
}
