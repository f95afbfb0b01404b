import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { DataRightsLinks } from '../accounts/data-rights-routes.js';
import { pageCtx, requireSignIn } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../time.js';
import { CsrfField, Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';

export async function meRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get<{ Querystring: { welcome?: string; m?: string } }>('/me', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const user = req.user!;
    const [questions, notifications] = await Promise.all([
      db
        .selectFrom('questions')
        .innerJoin('departments', 'departments.id', 'questions.department_id')
        .select(['questions.id', 'questions.title', 'questions.status', 'questions.asked_at', 'departments.name_en'])
        .where('asker_user_id', '=', user.id)
        .orderBy('questions.asked_at', 'desc')
        .execute(),
      db.selectFrom('notifications').selectAll().where('user_id', '=', user.id).orderBy('created_at', 'desc').limit(30).execute(),
    ]);
    const ctx = await pageCtx(deps, req, reply);
    const page = sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: t.nav.myQuestions, noindex: true }}>
        <h1>{user.display_name}</h1>
        {req.query.welcome && (
          <p class="flash" role="status">
            {t.accounts.welcome(user.display_name)}
          </p>
        )}
        {req.query.m === 'withdrawn' && (
          <p class="flash" role="status">
            Your question was withdrawn.
          </p>
        )}
        {!user.email_verified_at && (
          <form method="post" action="/verify-email/resend" class="flash">
            <CsrfField ctx={ctx} />
            <p>Your e-mail address is not verified yet.</p>
            <button type="submit" class="link">
              {t.ask.resend}
            </button>
          </form>
        )}
        <section aria-labelledby="notif-heading">
          <h2 id="notif-heading">{t.nav.notifications}</h2>
          {notifications.length === 0 ? (
            <p class="muted">No notifications.</p>
          ) : (
            <ul class="notifications">
              {notifications.map((n) => (
                <li class={n.read_at ? '' : 'unread'}>
                  {n.question_id ? <a href={`/questions/${n.question_id}`}>{n.message}</a> : n.message} <span class="muted">{formatDate(n.created_at)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {user.role === 'patient' && (
          <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">{t.nav.myQuestions}</h2>
            {questions.length === 0 ? (
              <p>
                You have not asked anything yet. <a href="/ask">{t.nav.ask}</a>
              </p>
            ) : (
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Department</th>
                    <th scope="col">Status</th>
                    <th scope="col">Asked</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {questions.map((q) => (
                    <tr>
                      <td>
                        <a href={`/questions/${q.id}`}>{q.title}</a>
                      </td>
                      <td>{q.name_en}</td>
                      <td>{t.question.status[q.status]}</td>
                      <td>{formatDate(q.asked_at)}</td>
                      <td>
                        {(q.status === 'pending' || q.status === 'held') && (
                          <>
                            <a href={`/questions/${q.id}/edit`}>Edit</a>{' '}
                            <form method="post" action={`/questions/${q.id}/withdraw`} class="inline">
                              <CsrfField ctx={ctx} />
                              <button type="submit" class="link">
                                Withdraw
                              </button>
                            </form>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}
        <DataRightsLinks />
      </Layout>,
    );
    // Seen now: the list itself is the place where notifications are read.
    await db.updateTable('notifications').set({ read_at: new Date().toISOString() }).where('user_id', '=', user.id).where('read_at', 'is', null).execute();
    return page;
  });
}
