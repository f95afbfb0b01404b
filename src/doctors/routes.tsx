import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { answerQuestion } from '../answers/answering.js';
import { doctorForUser } from '../answers/doctors.js';
import { findDepartmentById, listDepartments } from '../departments/repository.js';
import { forbidden, notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx, requireSignIn } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { policy } from '../policies.js';
import { moveQuestion } from '../questions/editing.js';
import { loadQuestion } from '../questions/reading.js';
import { snippet } from '../questions/text.js';
import { writeLimit } from '../questions/routes.js';
import { formatDate } from '../time.js';
import { FieldError } from '../views/components.js';
import { CsrfField, Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { Paragraphs } from '../views/text.js';
import { openQuestionsFor } from './queue.js';

export async function doctorRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get('/doctor/queue', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const doctor = await doctorForUser(db, req.user);
    if (!doctor) throw forbidden('The queue is for doctors.');
    const dept = await findDepartmentById(db, doctor.department_id);
    const open = doctor.verified ? await openQuestionsFor(db, doctor) : [];
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: t.doctor.queueTitle, noindex: true }}>
        <h1>{t.doctor.queueTitle}</h1>
        {!doctor.verified && (
          <p class="flash" role="status">
            {t.doctor.notVerified}
          </p>
        )}
        <p>{t.doctor.queueIntro(dept?.name_en ?? '')}</p>
        {open.length === 0 ? (
          <p class="muted">{t.doctor.noOpen}</p>
        ) : (
          <ul class="question-list">
            {open.map((q) => (
              <li class={`card${q.urgent ? ' urgent-item' : ''}`}>
                <h2 class="h3">
                  {q.urgent === 1 && <span class="tag urgent-tag">Urgent</span>} <a href={`/doctor/questions/${q.id}/answer`}>{q.title}</a>
                </h2>
                <p class="snippet">{snippet(q.body, 220)}</p>
                <p class="meta">
                  {q.asker_age_range} · {t.question.sexLabel[q.asker_sex ?? 'unspecified']} · {t.question.askDate} {formatDate(q.asked_at)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Layout>,
    );
  });

  async function editorPage(req: any, reply: any, id: number, form: { text?: string }, opts: { error?: string; preview?: boolean; status?: number } = {}) {
    const q = await loadQuestion(db, id);
    if (!q) throw notFound();
    const doctor = await doctorForUser(db, req.user);
    if (!policy.answer(req.user, doctor, q)) throw forbidden('Only verified doctors of this department can answer this question.');
    const [departments, existing] = await Promise.all([
      listDepartments(db),
      db.selectFrom('answers').innerJoin('doctors', 'doctors.id', 'answers.doctor_id').select(['answers.text', 'doctors.name']).where('question_id', '=', id).execute(),
    ]);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: `${t.doctor.answer}: ${q.title}`, noindex: true }}>
        <h1>{t.doctor.answer}</h1>
        <section class="card" aria-labelledby="q-heading">
          <h2 id="q-heading">{q.title}</h2>
          {q.urgent === 1 && <p class="urgent">Triage flagged possible emergency signs. Consider advising immediate in-person care.</p>}
          <Paragraphs text={q.body} />
          <p class="asker-line">
            <span>{q.asker_name}</span> <span>{q.asker_age_range}</span> <span>{t.question.sexLabel[q.asker_sex ?? 'unspecified']}</span>{' '}
            <span>
              {t.question.askDate} {formatDate(q.asked_at)}
            </span>
          </p>
        </section>
        {existing.length > 0 && (
          <section class="card">
            <h2>{t.doctor.answers}</h2>
            {existing.map((a) => (
              <div>
                <p class="doctor-name">{a.name}</p>
                <Paragraphs text={a.text} />
              </div>
            ))}
          </section>
        )}
        {opts.preview && form.text && (
          <section class="card preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t.doctor.preview}</h2>
            <Paragraphs text={form.text} />
            {doctor!.sign_off && <p class="sign-off">{doctor!.sign_off}</p>}
          </section>
        )}
        <form method="post" action={`/doctor/questions/${id}/answer`} class="stack">
          <CsrfField ctx={ctx} />
          <div class={`field${opts.error ? ' has-error' : ''}`}>
            <label for="f-text">Your answer</label>
            <p class="hint" id="f-text-hint">
              {t.doctor.answerHint}
            </p>
            <textarea id="f-text" name="text" rows={12} required aria-describedby={opts.error ? 'f-text-error' : 'f-text-hint'} data-preview="answer-preview">
              {form.text}
            </textarea>
            <FieldError id="f-text" error={opts.error} />
          </div>
          <div id="answer-preview" class="live-preview" aria-live="polite"></div>
          <div class="buttons">
            <button type="submit" name="intent" value="preview" class="secondary">
              {t.doctor.preview}
            </button>
            <button type="submit" name="intent" value="publish">
              {t.doctor.publish}
            </button>
          </div>
        </form>
        <form method="post" action={`/doctor/questions/${id}/move`} class="stack card">
          <CsrfField ctx={ctx} />
          <label for="f-move">{t.doctor.move}</label>
          <select id="f-move" name="department">
            {departments.map((d) => (
              <option value={d.slug} selected={d.id === q.department_id}>
                {d.name_en}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            Move
          </button>
        </form>
      </Layout>,
      opts.status ?? 200,
    );
  }

  app.get<{ Params: { id: string } }>('/doctor/questions/:id/answer', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    return editorPage(req, reply, idParam(req.params.id), {});
  });

  app.post<{ Params: { id: string }; Body: { text?: string; intent?: string } }>('/doctor/questions/:id/answer', { config: writeLimit(deps, 30) }, async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const id = idParam(req.params.id);
    const form = req.body ?? {};
    if (form.intent === 'preview') return editorPage(req, reply, id, form, { preview: true });
    try {
      await answerQuestion(deps.database, deps.config, req.user, id, form);
      return reply.redirect(`/questions/${id}?flash=answered`, 303);
    } catch (err) {
      if (isValidationError(err)) return editorPage(req, reply, id, form, { error: err.fields?.text ?? err.message, status: 400 });
      throw err;
    }
  });

  app.post<{ Params: { id: string }; Body: { department?: string; reason?: string } }>('/doctor/questions/:id/move', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const id = idParam(req.params.id);
    await moveQuestion(db, req.user, id, req.body?.department ?? '', req.body?.reason ?? '');
    const doctor = await doctorForUser(db, req.user);
    return reply.redirect(doctor ? '/doctor/queue' : `/questions/${id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/doctors/:id', async (req, reply) => {
    const id = idParam(req.params.id);
    const doctor = await db
      .selectFrom('doctors')
      .innerJoin('departments', 'departments.id', 'doctors.department_id')
      .selectAll('doctors')
      .select(['departments.slug', 'departments.name_en'])
      .where('doctors.id', '=', id)
      .executeTakeFirst();
    if (!doctor) throw notFound('No such doctor');
    const answered = await db
      .selectFrom('answers')
      .innerJoin('questions', 'questions.id', 'answers.question_id')
      .select(['questions.id', 'questions.title', 'questions.headline', 'answers.answered_at'])
      .where('answers.doctor_id', '=', id)
      .where('questions.status', '=', 'published')
      .orderBy('answers.answered_at', 'desc')
      .limit(50)
      .execute();
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: `${doctor.name} — ${doctor.name_en}`, canonical: `/doctors/${id}` }}>
        <h1>{doctor.name}</h1>
        <p>
          <a href={`/departments/${doctor.slug}`}>{doctor.name_en}</a>
          {doctor.hospital && `, ${doctor.hospital}`}
          {doctor.verified === 1 && doctor.source === 'local' && <span class="tag">Verified doctor</span>}
          {doctor.source === 'imported' && <span class="tag">Imported archive author</span>}
        </p>
        {doctor.bio && <Paragraphs text={doctor.bio} />}
        {doctor.sign_off && <p class="sign-off">{doctor.sign_off}</p>}
        <h2>Answered questions</h2>
        {answered.length === 0 ? (
          <p class="muted">None yet.</p>
        ) : (
          <ul>
            {answered.map((a) => (
              <li>
                <a href={`/questions/${a.id}`}>{a.headline ?? a.title}</a> <span class="muted">{formatDate(a.answered_at)}</span>
              </li>
            ))}
          </ul>
        )}
      </Layout>,
    );
  });
}
