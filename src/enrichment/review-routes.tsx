import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { doctorForUser } from '../answers/doctors.js';
import { forbidden, notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx, requireSignIn } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { policy } from '../policies.js';
import { loadQuestion, loadQuestionView } from '../questions/reading.js';
import { FieldError, FormErrors } from '../views/components.js';
import { CsrfField, Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { CitedParagraphs } from '../views/text.js';
import { reviewEnrichment, type ReviewAction } from './review.js';

export async function reviewRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  async function page(req: any, reply: any, id: number, form?: { headline?: string; text?: string }, errors?: Record<string, string>) {
    const q = await loadQuestion(db, id);
    if (!q) throw notFound();
    const doctor = await doctorForUser(db, req.user);
    if (!policy.reviewEnrichment(req.user, doctor, q)) throw forbidden('Only verified doctors of this department can review More Info.');
    const view = await loadQuestionView(db, q);
    const mi = view.moreInfo;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: `Review More Info: ${q.title}`, noindex: true }}>
        <h1>Review More Info and headline</h1>
        <p>
          Question: <a href={`/questions/${q.id}`}>{q.title}</a>
        </p>
        <FormErrors fields={errors} />
        {mi ? (
          <section class="card more-info">
            <h2>{t.question.moreInfo} as readers see it</h2>
            <p class="generated-label">
              {t.question.moreInfoLabel} · {mi.provider} · {mi.reviewedAt ? `reviewed ${mi.reviewedAt.slice(0, 10)}` : 'not reviewed yet'}
              {mi.editedAt ? ' · edited by a doctor' : ''}
              {mi.hidden ? ' · hidden from readers' : ''}
            </p>
            <CitedParagraphs text={mi.text} idPrefix="rsource" />
            <ol class="sources">
              {mi.sources.map((s) => (
                <li id={`rsource-${s.n}`} value={s.n}>
                  <a href={s.url}>{s.title}</a>
                </li>
              ))}
            </ol>
            <div class="buttons">
              {(['approve', mi.hidden ? 'unhide' : 'hide'] as const).map((action) => (
                <form method="post" action={`/doctor/questions/${q.id}/more-info`} class="inline">
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="action" value={action} />
                  <button type="submit" class={action === 'approve' ? '' : 'secondary'}>
                    {action === 'approve' ? 'Approve as accurate' : action === 'hide' ? 'Hide from readers' : 'Show to readers'}
                  </button>
                </form>
              ))}
            </div>
          </section>
        ) : (
          <p class="muted">No More Info has been generated for this question yet.</p>
        )}
        <form method="post" action={`/doctor/questions/${q.id}/more-info`} class="stack card">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="action" value="save" />
          <h2>Edit</h2>
          <div class="field">
            <label for="f-headline">Headline (the department is added after it)</label>
            <input id="f-headline" name="headline" value={form?.headline ?? q.headline ?? q.title} maxLength={150} aria-describedby={errors?.headline ? 'f-headline-error' : undefined} />
            <FieldError id="f-headline" error={errors?.headline} />
          </div>
          {mi && (
            <div class="field">
              <label for="f-text">More Info text (keep the [n] citations; they must match the sources above)</label>
              <textarea id="f-text" name="text" rows={14} aria-describedby={errors?.text ? 'f-text-error' : undefined}>
                {form?.text ?? mi.text}
              </textarea>
              <FieldError id="f-text" error={errors?.text} />
            </div>
          )}
          <button type="submit">Save edits (kept over later regeneration)</button>
        </form>
      </Layout>,
      errors ? 400 : 200,
    );
  }

  app.get<{ Params: { id: string } }>('/doctor/questions/:id/more-info', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    return page(req, reply, idParam(req.params.id));
  });

  app.post<{ Params: { id: string }; Body: { action?: string; headline?: string; text?: string } }>('/doctor/questions/:id/more-info', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const id = idParam(req.params.id);
    const body = req.body ?? {};
    const action = (['approve', 'save', 'hide', 'unhide'] as const).find((a) => a === body.action);
    if (!action) return page(req, reply, id, body, { action: 'Choose an action' });
    try {
      const mi = await db.selectFrom('more_info').select('text').where('question_id', '=', id).executeTakeFirst();
      await db.transaction().execute((trx) => reviewEnrichment(trx, req.user, id, action as ReviewAction, { headline: body.headline, text: body.text ?? mi?.text }));
      return reply.redirect(`/questions/${id}`, 303);
    } catch (err) {
      if (isValidationError(err)) return page(req, reply, id, body, err.fields);
      throw err;
    }
  });
}
