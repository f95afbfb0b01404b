import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { findDepartmentBySlug, listDepartments } from '../departments/repository.js';
import { notFound } from '../errors.js';
import { pageCtx, pageParam } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { listPublished } from '../questions/reading.js';
import { DepartmentGrid, Pagination, QuestionList } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';

const PAGE_SIZE = 20;

export async function homeRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get('/', async (req, reply) => {
    const [recent, departments] = await Promise.all([listPublished(db, { limit: 12 }), listDepartments(db)]);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: ctx.siteName, description: t.site.tagline, canonical: '/' }}>
        <section class="hero">
          <h1>{t.site.tagline}</h1>
          <p>Read answered questions, or ask your own under a pseudonym. Answers are public so they help the next person with the same worry.</p>
          <p>
            <a class="button" href="/ask">
              {t.nav.ask}
            </a>
          </p>
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently answered</h2>
          {recent.items.length ? <QuestionList items={recent.items} /> : <p class="muted">No answered questions yet.</p>}
        </section>
        <section aria-labelledby="departments-heading">
          <h2 id="departments-heading">{t.nav.departments}</h2>
          <DepartmentGrid departments={departments} />
        </section>
      </Layout>,
    );
  });

  app.get('/departments', async (req, reply) => {
    const departments = await listDepartments(db);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: t.nav.departments, canonical: '/departments' }}>
        <h1>{t.nav.departments}</h1>
        <DepartmentGrid departments={departments} />
      </Layout>,
    );
  });

  app.get<{ Params: { slug: string }; Querystring: { page?: string } }>('/departments/:slug', async (req, reply) => {
    const dept = await findDepartmentBySlug(db, req.params.slug);
    if (!dept) throw notFound('No such department');
    const page = pageParam(req.query.page);
    const list = await listPublished(db, { departmentId: dept.id, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const ctx = await pageCtx(deps, req, reply);
    const canonical = page === 1 ? `/departments/${dept.slug}` : `/departments/${dept.slug}?page=${page}`;
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: `${dept.name_en} — questions and answers`, description: dept.description || `Answered health questions in ${dept.name_en}.`, canonical }}>
        <h1>
          {dept.name_en} <span class="dept-zh" lang="zh-Hant">{dept.name_zh}</span>
        </h1>
        {dept.description && <p>{dept.description}</p>}
        <p>
          <a class="button" href={`/ask?department=${dept.slug}`}>
            Ask {dept.name_en}
          </a>
        </p>
        <h2 class="visually-hidden">Answered questions</h2>
        <p class="muted">{list.total} answered questions</p>
        {list.items.length ? <QuestionList items={list.items} /> : <p class="muted">No answered questions here yet.</p>}
        <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} base={`/departments/${dept.slug}`} />
      </Layout>,
    );
  });
}
