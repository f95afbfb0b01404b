import type { FastifyInstance } from 'fastify';
import * as OpenCC from 'opencc-js';
import type { AppDeps } from '../context.js';
import { listDepartments } from '../departments/repository.js';
import { pageCtx, pageParam } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { snippet } from '../questions/text.js';
import { formatDate } from '../time.js';
import { Pagination } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { Highlighted } from '../views/text.js';

const PAGE_SIZE = 20;
const MAX_RESULTS = 400;
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimp = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Words to highlight: English words of 3+ letters, Chinese runs in both scripts (and their bigrams). */
export function highlightTerms(q: string): string[] {
  const terms = new Set<string>();
  for (const w of q.match(/[a-zA-Z][a-zA-Z'-]{2,}/g) ?? []) terms.add(w);
  for (const run of q.match(/[\u3400-\u9fff]+/gu) ?? []) {
    for (const r of [run, toTrad(run), toSimp(run)]) {
      if (r.length <= 2) terms.add(r);
      else for (let i = 0; i + 2 <= r.length; i++) terms.add(r.slice(i, i + 2));
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/** The snippet window around the first match, so the highlighted words are visible. */
function windowAround(text: string, terms: string[], size = 220): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const i = lower.indexOf(term.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0 || at < size / 2) return snippet(text, size);
  const start = Math.max(0, at - 60);
  return `…${snippet(text.slice(start), size)}`;
}

/** Site search runs on the similarity engine: ranked by meaning-aware matching, not only shared words. */
export async function searchRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get<{ Querystring: { q?: string; department?: string; page?: string } }>('/search', async (req, reply) => {
    const q = (req.query.q ?? '').trim().slice(0, 300);
    const page = pageParam(req.query.page);
    const departments = await listDepartments(db);
    const dept = departments.find((d) => d.slug === req.query.department);
    const hits = q
      ? deps.related.questions.query(q, {
          // Only as many as this page needs, plus one to know whether a next page exists.
          k: Math.min(MAX_RESULTS, page * PAGE_SIZE + 1),
          filter: dept ? (id) => deps.related.departmentOf.get(id) === dept.id : undefined,
        })
      : [];
    const pageHits = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const ids = pageHits.map((h) => Number(h.id));
    const rows = ids.length
      ? await db
          .selectFrom('questions')
          .innerJoin('departments', 'departments.id', 'questions.department_id')
          .select(['questions.id', 'questions.title', 'questions.headline', 'questions.body', 'questions.published_at', 'departments.slug', 'departments.name_en'])
          .where('questions.id', 'in', ids)
          .where('questions.status', '=', 'published')
          .execute()
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const results = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
    const terms = highlightTerms(q);
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
        <ul class="question-list">
          {results.map((r) => (
            <li class="card">
              <h2 class="h3">
                <a href={`/questions/${r.id}`}>
                  <Highlighted text={r.headline ?? r.title} terms={terms} />
                </a>
              </h2>
              <p class="snippet">
                <Highlighted text={windowAround(r.body, terms)} terms={terms} />
              </p>
              <p class="meta">
                <a href={`/departments/${r.slug}`}>{r.name_en}</a> · {formatDate(r.published_at)}
              </p>
            </li>
          ))}
        </ul>
        <Pagination page={page} pageSize={PAGE_SIZE} total={hits.length} base={base} />
      </Layout>,
    );
  });
}
