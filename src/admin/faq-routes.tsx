import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx, pageParam } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { formOf, requireStaff, type Form } from '../moderation/guard.js';
import { policy } from '../policies.js';
import { Pagination } from '../views/components.js';
import { CsrfField } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { deleteFaq, FAQ_PAGE_SIZE, listFaqs, updateFaq } from './faqs.js';
import { AdminLayout, FLASH, TextField } from './views/parts.js';

const requireAdmin = (req: FastifyRequest, reply: FastifyReply) => requireStaff(req, reply, policy.administer);

export async function faqRoutesForAdmin(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get<{ Querystring: { q?: string; page?: string; m?: string } }>('/admin/faqs', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const q = String(req.query.q ?? '').slice(0, 200);
    const page = pageParam(req.query.page);
    const { rows, total } = await listFaqs(db, req.user, { q, page });
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.faqs} flash={req.query.m ? FLASH[req.query.m] : undefined}>
        <form method="get" action="/admin/faqs" class="search-form" role="search">
          <label for="f-q">{t.adminText.searchQuestions}</label>
          <input id="f-q" name="q" type="search" value={q} />
          <button type="submit">{t.nav.search}</button>
        </form>
        <p>{total} entries</p>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.adminText.question}</th>
              <th scope="col">{t.adminText.focus}</th>
              <th scope="col">{t.adminText.source}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr>
                <td>
                  <a href={`/admin/faqs/${f.id}`}>{f.question}</a>
                </td>
                <td>{f.focus}</td>
                <td>{f.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination page={page} pageSize={FAQ_PAGE_SIZE} total={total} base={q ? `/admin/faqs?q=${encodeURIComponent(q)}` : '/admin/faqs'} />
      </AdminLayout>,
    );
  });

  async function faqEditor(req: FastifyRequest, reply: FastifyReply, id: number, form?: Form, errors?: Record<string, string>) {
    const faq = await db.selectFrom('faqs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!faq) throw notFound('No such FAQ entry');
    const v = form ?? faq;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={`${t.admin.faqs}: #${faq.id}`} error={errors ? t.adminText.fixFields : undefined}>
        <p>
          <a href={`/faq/${faq.id}`}>{t.adminText.publicPage}</a> · {t.adminText.source} {faq.source}
        </p>
        <form method="post" action={`/admin/faqs/${id}`} class="stack">
          <CsrfField ctx={ctx} />
          <TextField name="question" label={t.adminText.question} value={v.question} error={errors?.question} required maxLength={500} />
          <TextField name="focus" label={t.adminText.focusTopic} value={v.focus} error={errors?.focus} maxLength={200} />
          <TextField name="answer" label={t.adminText.answer} value={v.answer} error={errors?.answer} rows={14} required />
          <TextField name="url" label={t.adminText.sourceAddress} value={v.url} error={errors?.url} maxLength={500} />
          <button type="submit">{t.admin.save}</button>
        </form>
        <form method="post" action={`/admin/faqs/${id}/delete`} class="stack card">
          <CsrfField ctx={ctx} />
          <p>{t.adminText.deleteExplain}</p>
          <button type="submit" class="secondary">
            {t.adminText.deleteEntry}
          </button>
        </form>
      </AdminLayout>,
      errors ? 400 : 200,
    );
  }

  app.get<{ Params: { id: string } }>('/admin/faqs/:id', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    return faqEditor(req, reply, idParam(req.params.id));
  });

  app.post<{ Params: { id: string }; Body: Form }>('/admin/faqs/:id', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => updateFaq(trx, req.user, id, form));
      return reply.redirect('/admin/faqs?m=saved', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return faqEditor(req, reply, id, form, err.fields);
    }
  });

  app.post<{ Params: { id: string } }>('/admin/faqs/:id/delete', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const id = idParam(req.params.id);
    await db.transaction().execute((trx) => deleteFaq(trx, req.user, id));
    // The in-memory index syncs additions by timestamp and cannot see a deleted row: drop it here.
    deps.related.faqs.remove(String(id));
    return reply.redirect('/admin/faqs?m=deleted', 303);
  });
}
