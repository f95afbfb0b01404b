import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { DomainError } from '../errors.js';
import { isValidationError, pageCtx, requireSignIn } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { FieldError } from '../views/components.js';
import type { ViewCtx } from '../views/context.js';
import { CsrfField, Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { deleteAccount, exportUserData } from './data-rights.js';
import { SESSION_COOKIE } from './sessions.js';

/** The two links on /me (kept here so the page that shows them needs one line). */
export function DataRightsLinks() {
  return (
    <section aria-labelledby="data-rights-heading">
      <h2 id="data-rights-heading">{t.dataRights.heading}</h2>
      <ul>
        <li>
          <a href="/me/export" download>
            {t.dataRights.exportLink}
          </a>
        </li>
        <li>
          <a href="/me/delete">{t.dataRights.deleteLink}</a>
        </li>
      </ul>
    </section>
  );
}

function DeletePage({ ctx, error, conflict }: { ctx: ViewCtx; error?: string; conflict?: string }) {
  return (
    <Layout ctx={ctx} meta={{ title: t.dataRights.deleteTitle, noindex: true }}>
      <div class="narrow">
        <h1>{t.dataRights.deleteTitle}</h1>
        <p>{t.dataRights.deleteIntro}</p>
        <p>
          <a href="/me/export" download>
            {t.dataRights.exportLink}
          </a>
        </p>
        {conflict && (
          <p class="form-errors" role="alert">
            {conflict}
          </p>
        )}
        <form method="post" action="/me/delete" class="stack">
          <CsrfField ctx={ctx} />
          <div class={`field${error ? ' has-error' : ''}`}>
            <label for="f-password">{t.dataRights.confirmPassword}</label>
            <input id="f-password" name="password" type="password" autocomplete="current-password" required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-password-error' : undefined} />
            <FieldError id="f-password" error={error} />
          </div>
          <button type="submit">{t.dataRights.confirm}</button>
        </form>
      </div>
    </Layout>
  );
}

export async function dataRightsRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get('/me/export', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const data = await exportUserData(db, req.user);
    const day = data.exportedAt.slice(0, 10);
    return reply
      .header('content-disposition', `attachment; filename="openconsult-data-${day}.json"`)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.get<{ Querystring: { done?: string } }>('/me/delete', async (req, reply) => {
    const ctx = await pageCtx(deps, req, reply);
    if (req.query.done === '1' && !req.user) {
      return sendPage(
        reply,
        <Layout ctx={ctx} meta={{ title: t.dataRights.deleteTitle, noindex: true }}>
          <div class="narrow">
            <h1>{t.dataRights.deleteTitle}</h1>
            <p role="status">{t.dataRights.deleted}</p>
          </div>
        </Layout>,
      );
    }
    if (!requireSignIn(req, reply)) return;
    return sendPage(reply, <DeletePage ctx={ctx} />);
  });

  app.post<{ Body: { password?: string } }>('/me/delete', { config: { rateLimit: { max: 5, timeWindow: '10 minutes' } } }, async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    try {
      await db.transaction().execute((trx) => deleteAccount(trx, req.user, password));
    } catch (err) {
      const conflict = err instanceof DomainError && err.code === 'conflict';
      if (!isValidationError(err) && !conflict) throw err;
      const ctx = await pageCtx(deps, req, reply);
      return sendPage(reply, <DeletePage ctx={ctx} error={conflict ? undefined : err.fields?.password} conflict={conflict ? err.message : undefined} />, conflict ? 409 : 400);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/me/delete?done=1', 303);
  });
}
