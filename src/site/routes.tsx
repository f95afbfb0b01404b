import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppDeps } from '../context.js';
import { notFound } from '../errors.js';
import { pageCtx } from '../http/page-context.js';
import { Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { Paragraphs } from '../views/text.js';
import { DEFAULT_PAGES } from './default-pages.js';

const SITEMAP_LIMIT = 50_000; // the sitemap protocol's limit per file

export async function sitePageContent(deps: AppDeps, key: string) {
  const row = await deps.database.db.selectFrom('site_pages').select(['title', 'body']).where('key', '=', key).executeTakeFirst();
  return row ?? DEFAULT_PAGES[key];
}

export async function siteRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  for (const key of Object.keys(DEFAULT_PAGES)) {
    app.get(`/${key}`, async (req, reply) => {
      const page = await sitePageContent(deps, key);
      if (!page) throw notFound();
      const ctx = await pageCtx(deps, req, reply);
      return sendPage(
        reply,
        <Layout ctx={ctx} meta={{ title: page.title, canonical: `/${key}` }}>
          <article class="narrow">
            <h1>{page.title}</h1>
            <Paragraphs text={page.body} />
          </article>
        </Layout>,
      );
    });
  }

  app.get('/healthz', async (_req, reply) => {
    await sql`SELECT 1`.execute(db);
    return reply.send({ status: 'ok', database: deps.database.dialect });
  });

  app.get('/robots.txt', async (_req, reply) => {
    const lines = ['User-agent: *', 'Disallow: /admin', 'Disallow: /moderation', 'Disallow: /doctor/', 'Disallow: /me', 'Disallow: /api/', 'Disallow: /search', `Sitemap: ${deps.config.publicUrl}/sitemap.xml`];
    return reply.type('text/plain; charset=utf-8').send(`${lines.join('\n')}\n`);
  });

  app.get('/sitemap.xml', async (_req, reply) => {
    const [questions, departments] = await Promise.all([
      db.selectFrom('questions').select(['id', 'updated_at']).where('status', '=', 'published').orderBy('published_at', 'desc').limit(SITEMAP_LIMIT - 100).execute(),
      db.selectFrom('departments').select('slug').execute(),
    ]);
    const base = deps.config.publicUrl;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const urls = [
      `<url><loc>${esc(base)}/</loc></url>`,
      ...departments.map((d) => `<url><loc>${esc(`${base}/departments/${d.slug}`)}</loc></url>`),
      ...questions.map((q) => `<url><loc>${esc(`${base}/questions/${q.id}`)}</loc><lastmod>${q.updated_at.slice(0, 10)}</lastmod></url>`),
    ];
    return reply
      .type('application/xml; charset=utf-8')
      .send(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
  });
}
