import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { notFound } from '../errors.js';
import { idParam, pageCtx, pageParam } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { snippet } from '../questions/text.js';
import { Pagination } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { Paragraphs } from '../views/text.js';
import { attribution, searchFaqs } from './repository.js';

const PAGE_SIZE = 30;

export async function faqRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get<{ Querystring: { q?: string; page?: string } }>('/faq', async (req, reply) => {
    const page = pageParam(req.query.page);
    const q = (req.query.q ?? '').trim().slice(0, 200);
    const items = q
      ? await searchFaqs(deps.database, q, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
      : await db.selectFrom('faqs').select(['id', 'question', 'answer', 'focus', 'source']).orderBy('focus').orderBy('id').limit(PAGE_SIZE + 1).offset((page - 1) * PAGE_SIZE).execute();
    const total = (page - 1) * PAGE_SIZE + items.length;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: t.nav.faq, canonical: '/faq', description: 'Consumer-health questions and answers from trusted public sources.' }}>
        <h1>{t.nav.faq}</h1>
        <form method="get" action="/faq" role="search" class="search-form">
          <label for="faq-q">Search the FAQ</label>
          <input id="faq-q" name="q" type="search" value={q} />
          <button type="submit">{t.nav.search}</button>
        </form>
        {items.length === 0 ? (
          <p class="muted">No FAQ entries{q ? ' match your search' : ' yet'}.</p>
        ) : (
          <ul class="faq-list">
            {items.slice(0, PAGE_SIZE).map((f) => (
              <li>
                <a href={`/faq/${f.id}`}>{f.question}</a>
                <p class="snippet">{snippet(f.answer, 160)}</p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageSize={PAGE_SIZE} total={items.length > PAGE_SIZE ? total + 1 : total} base={q ? `/faq?q=${encodeURIComponent(q)}` : '/faq'} />
      </Layout>,
    );
  });

  app.get<{ Params: { id: string } }>('/faq/:id', async (req, reply) => {
    const faq = await db.selectFrom('faqs').selectAll().where('id', '=', idParam(req.params.id)).executeTakeFirst();
    if (!faq) throw notFound('No such FAQ entry');
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout
        ctx={ctx}
        meta={{
          title: faq.question,
          description: snippet(faq.answer, 155),
          canonical: `/faq/${faq.id}`,
          jsonLd: [
            {
              '@context': 'https://schema.org',
              '@type': 'FAQPage',
              mainEntity: [{ '@type': 'Question', name: faq.question, acceptedAnswer: { '@type': 'Answer', text: faq.answer } }],
            },
          ],
        }}
      >
        <article class="faq-entry" lang={faq.lang}>
          {faq.focus && <p class="dept-crumb">{faq.focus}</p>}
          <h1>{faq.question}</h1>
          <div class="body">
            <Paragraphs text={faq.answer} />
          </div>
          <footer class="attribution">
            <p>
              Source:{' '}
              {faq.url ? (
                <a href={faq.url} rel="noopener noreferrer">
                  {faq.source}
                </a>
              ) : (
                faq.source
              )}
            </p>
            <p>{attribution(faq.source, faq.license)}</p>
            <p class="notice">{t.site.notDiagnosis}</p>
          </footer>
        </article>
      </Layout>,
    );
  });
}
