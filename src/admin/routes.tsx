import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { listDepartments } from '../departments/repository.js';
import { notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { formOf, requireStaff, type Form } from '../moderation/guard.js';
import { policy } from '../policies.js';
import { sendPage } from '../views/render.js';
import { CsrfField } from '../views/layout.js';
import { Paragraphs } from '../views/text.js';
import { updateDepartment } from './departments.js';
import { enrichmentStatus } from './enrichment-status.js';
import { faqRoutesForAdmin } from './faq-routes.js';
import { SITE_PAGE_KEYS, sitePage, updateSitePage } from './pages.js';
import { peopleRoutes } from './people-routes.js';
import { ADMIN_SECTIONS, AdminLayout, FLASH, TextField } from './views/parts.js';

export const requireAdmin = (req: FastifyRequest, reply: FastifyReply) => requireStaff(req, reply, policy.administer);

/** Admins only: departments, users and doctors, FAQ, site pages, enrichment status. Every change is audited. */
export async function adminRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get('/admin', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.title}>
        <ul>
          {ADMIN_SECTIONS.map(([href, label]) => (
            <li>
              <a href={href}>{label}</a>
            </li>
          ))}
          <li>
            <a href="/moderation">{t.moderation.title}</a>
          </li>
        </ul>
      </AdminLayout>,
    );
  });

  // ---- departments ----

  app.get<{ Querystring: { m?: string } }>('/admin/departments', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const departments = await listDepartments(db);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.departments} flash={req.query.m ? FLASH[req.query.m] : undefined}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.adminText.slug}</th>
              <th scope="col">{t.adminText.english}</th>
              <th scope="col">{t.adminText.chinese}</th>
              <th scope="col">{t.adminText.edit}</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr>
                <td>
                  <code>{d.slug}</code>
                </td>
                <td>{d.name_en}</td>
                <td lang="zh-Hant">{d.name_zh}</td>
                <td>
                  <a href={`/admin/departments/${d.id}`} aria-label={`Edit ${d.name_en}`}>
                    {t.adminText.edit}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </AdminLayout>,
    );
  });

  async function departmentPage(req: FastifyRequest, reply: FastifyReply, id: number, form?: Form, errors?: Record<string, string>) {
    const dept = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!dept) throw notFound('No such department');
    const v = form ?? dept;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={`${t.admin.departments}: ${dept.name_en}`} error={errors ? t.adminText.fixFields : undefined}>
        <p>
          {t.adminText.slug} <code>{dept.slug}</code> {t.adminText.slugStable}
        </p>
        <form method="post" action={`/admin/departments/${id}`} class="stack">
          <CsrfField ctx={ctx} />
          <TextField name="name_en" label={t.adminText.englishName} value={v.name_en} error={errors?.name_en} required maxLength={80} />
          <TextField name="name_zh" label={t.adminText.chineseName} value={v.name_zh} error={errors?.name_zh} required maxLength={40} lang="zh-Hant" />
          <TextField name="description" label={t.adminText.description} value={v.description} error={errors?.description} rows={4} maxLength={2000} />
          <button type="submit">{t.admin.save}</button>
        </form>
      </AdminLayout>,
      errors ? 400 : 200,
    );
  }

  app.get<{ Params: { id: string } }>('/admin/departments/:id', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    return departmentPage(req, reply, idParam(req.params.id));
  });

  app.post<{ Params: { id: string }; Body: Form }>('/admin/departments/:id', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => updateDepartment(trx, req.user, id, form));
      return reply.redirect('/admin/departments?m=saved', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return departmentPage(req, reply, id, form, err.fields);
    }
  });

  // ---- site pages (privacy, terms) ----

  app.get<{ Querystring: { m?: string } }>('/admin/pages', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const pages = await Promise.all(SITE_PAGE_KEYS.map((k) => sitePage(db, k)));
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.pages} flash={req.query.m ? FLASH[req.query.m] : undefined}>
        <ul>
          {pages.map((p) => (
            <li>
              <a href={`/admin/pages/${p.key}`}>{p.title}</a> <span class="muted">({p.isDefault ? t.adminText.defaultText : `edited ${p.updatedAt?.slice(0, 10)}`})</span> ·{' '}
              <a href={`/${p.key}`}>{t.adminText.view}</a>
            </li>
          ))}
        </ul>
      </AdminLayout>,
    );
  });

  async function sitePageEditor(req: FastifyRequest, reply: FastifyReply, key: string, form?: Form, errors?: Record<string, string>) {
    if (!SITE_PAGE_KEYS.includes(key)) throw notFound('No such page');
    const page = await sitePage(db, key);
    const v = form ?? page;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={`${t.admin.pages}: ${page.title}`} error={errors ? t.adminText.fixFields : undefined}>
        <form method="post" action={`/admin/pages/${key}`} class="stack">
          <CsrfField ctx={ctx} />
          <TextField name="title" label={t.adminText.title} value={v.title} error={errors?.title} required maxLength={120} />
          <TextField name="body" label={t.adminText.text} value={v.body} error={errors?.body} rows={20} required hint={t.adminText.textHint} />
          <button type="submit">{t.admin.save}</button>
        </form>
        {form?.body && (
          <section class="card" aria-label={t.adminText.preview}>
            <Paragraphs text={form.body} />
          </section>
        )}
      </AdminLayout>,
      errors ? 400 : 200,
    );
  }

  app.get<{ Params: { key: string } }>('/admin/pages/:key', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    return sitePageEditor(req, reply, req.params.key);
  });

  app.post<{ Params: { key: string }; Body: Form }>('/admin/pages/:key', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => updateSitePage(trx, req.user, req.params.key, form));
      return reply.redirect('/admin/pages?m=saved', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return sitePageEditor(req, reply, req.params.key, form, err.fields);
    }
  });

  // ---- enrichment status (issue 4, item 5) ----

  app.get('/admin/enrichment', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const s = await enrichmentStatus(db, req.user);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.enrichment}>
        <section aria-labelledby="jobs-heading">
          <h2 id="jobs-heading">{t.adminText.backgroundJobs}</h2>
          <dl class="stats">
            {Object.entries(s.jobs.byStatus).map(([k, n]) => (
              <>
                <dt>{k}</dt>
                <dd data-stat={`jobs-${k}`}>{n}</dd>
              </>
            ))}
          </dl>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.adminText.kind}</th>
                <th scope="col">{t.adminText.status}</th>
                <th scope="col">{t.adminText.jobs}</th>
              </tr>
            </thead>
            <tbody>
              {s.jobs.byKind.map((j) => (
                <tr>
                  <td>{j.kind}</td>
                  <td>{j.status}</td>
                  <td>{j.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="q-heading">
          <h2 id="q-heading">{t.adminText.publishedQuestions}</h2>
          <dl class="stats">
            <dt>{t.adminText.published}</dt>
            <dd data-stat="published">{s.questions.published}</dd>
            <dt>{t.adminText.withMoreInfo}</dt>
            <dd data-stat="with-more-info">{s.questions.withMoreInfo}</dd>
            <dt>{t.adminText.withoutMoreInfo}</dt>
            <dd data-stat="without-more-info">{s.questions.withoutMoreInfo}</dd>
            <dt>{t.adminText.withHeadline}</dt>
            <dd data-stat="with-headline">{s.questions.withHeadline}</dd>
            <dt>{t.adminText.reviewed}</dt>
            <dd data-stat="reviewed">{s.moreInfo.reviewed}</dd>
            <dt>{t.adminText.notReviewed}</dt>
            <dd data-stat="not-reviewed">{s.moreInfo.notReviewed}</dd>
            <dt>{t.adminText.hiddenMoreInfo}</dt>
            <dd data-stat="hidden">{s.moreInfo.hidden}</dd>
          </dl>
        </section>
        <section aria-labelledby="failed-heading">
          <h2 id="failed-heading">{t.adminText.failedJobs}</h2>
          {s.failed.length === 0 ? (
            <p class="muted">{t.adminText.noFailed}</p>
          ) : (
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t.adminText.job}</th>
                  <th scope="col">{t.adminText.attempts}</th>
                  <th scope="col">{t.adminText.lastError}</th>
                  <th scope="col">{t.adminText.when}</th>
                </tr>
              </thead>
              <tbody>
                {s.failed.map((j) => (
                  <tr>
                    <td>
                      {j.kind} <code>{j.key}</code>
                    </td>
                    <td>{j.attempts}</td>
                    <td>{j.last_error}</td>
                    <td>{j.updated_at.slice(0, 16).replace('T', ' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </AdminLayout>,
    );
  });

  await peopleRoutes(app, deps);
  await faqRoutesForAdmin(app, deps);
}
