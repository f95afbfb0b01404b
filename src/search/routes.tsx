import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { pageCtx, pageParam } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { Pagination } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { cachedDepartments } from './department-list.js';
import { highlightPattern, highlightTerms } from './highlight.js';
import { resultItemsHtml } from './result-list.js';
import { resultRows } from './result-rows.js';

const PAGE_SIZE = 20;
const MAX_RESULTS = 400;

/** Site search runs on the similarity engine: ranked by meaning-aware matching, not only shared words. */
export async function searchRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;
  const departmentList = cachedDepartments(db, deps.related);

  app.get<{ Querystring: { q?: string; department?: string; page?: string } }>('/search', async (req, reply) => {
    const q = (req.query.q ?? '').trim().slice(0, 300);
    const page = pageParam(req.query.page);
    const departments = await departmentList();
    const dept = departments.find((d) => d.slug === req.query.department);
    // Runs on the question index's worker thread; rejects with `unavailable` (503) if it is not running.
    const hits = q
      ? await deps.related.questions.query(q, {
          // Only as many as this page needs, plus one to know whether a next page exists.
          k: Math.min(MAX_RESULTS, page * PAGE_SIZE + 1),
          group: dept?.id,
        })
      : [];
    const pageHits = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const ids = pageHits.map((h) => Number(h.id));
    const results = await resultRows(db, ids);
    const departmentById = new Map(departments.map((d) => [d.id, d]));
    const pattern = highlightPattern(highlightTerms(q));
    const base = `/search?q=${encodeURIComponent(q)}${dept ? `&department=${dept.slug}` : ''}`;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: q ? `Search: ${q}` : t.nav.search, noindex: true }}>
        <h1>{t.nav.search}</h1>
        <form method="get" action="/search" role="search" aria-label="Search answered questions" class="search-form stack-sm">
          <label for="search-q">Search answered questions</label>
          <input id="search-q" name="q" type="search" value={q} />
          <label for="search-dept">{t.ask.department}</label>
          <select id="search-dept" name="department">
            <option value="">All departments</option>
            {departments.map((d) => (
              <option value={d.slug} selected={d.id === dept?.id}>
                {d.name_en}
              </option>
            ))}
          </select>
          <button type="submit">{t.nav.search}</button>
        </form>
        {q && (
          <p class="muted" role="status">
            {hits.length === 0 ? 'No answered questions match your search.' : hits.length > page * PAGE_SIZE ? `More than ${page * PAGE_SIZE} results` : `${hits.length} results`}
          </p>
        )}
        {/* The items are one string (result-list.ts): their text is escaped there. */}
        <ul class="question-list" dangerouslySetInnerHTML={{ __html: resultItemsHtml(results, pattern, (r) => departmentById.get(r.department_id)) }} />
        <Pagination page={page} pageSize={PAGE_SIZE} total={hits.length} base={base} />
      </Layout>,
    );
  });
}
