import type { Question } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { formatDate } from '../../time.js';
import { FieldError } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { CsrfField, Layout } from '../../views/layout.js';
import { Paragraphs } from '../../views/text.js';
import { ActionForm, ReasonField, StaffNav } from './parts.js';

export interface ModerateForm {
  /** Which form failed: 'hide', 'unhide', 'release', 'edit'. */
  form?: string;
  title?: string;
  body?: string;
  reason?: string;
}

export interface ModerateQuestionData {
  question: Question;
  department: string;
  answers: { id: number; text: string; doctor: string }[];
  reports: { id: number; reason: string; details: string; created_at: string; answer_id: number | null }[];
  hasOriginal: boolean;
}

export function ModerateQuestionPage({ ctx, data, form = {}, errors, flash }: { ctx: ViewCtx; data: ModerateQuestionData; form?: ModerateForm; errors?: Record<string, string>; flash?: string }) {
  const q = data.question;
  const e = (name: string, which: string) => (form.form === which ? errors?.[name] : undefined);
  const typed = (which: string) => (form.form === which ? form.reason : undefined);
  const hiding = q.status !== 'hidden';
  return (
    <Layout ctx={ctx} meta={{ title: `${t.moderation.manage}: ${q.title}`, noindex: true }}>
      <h1>{t.moderation.manage}</h1>
      <StaffNav current="" />
      {flash && (
        <p class="flash" role="status">
          {flash}
        </p>
      )}
      {errors && Object.keys(errors).length > 0 && (
        <p class="form-errors" role="alert">
          {t.staff.fixField}
        </p>
      )}
      <section class="card" aria-labelledby="mq-heading" lang={q.lang}>
        <h2 id="mq-heading">{q.title}</h2>
        <p class="meta">
          {data.department} · {t.question.status[q.status]} {q.urgent === 1 && <span class="tag urgent-tag">{t.staff.urgent}</span>} · {t.question.askDate} {formatDate(q.asked_at)} ·{' '}
          {q.asker_user_id ? <a href={`/moderation/users?id=${q.asker_user_id}`}>{t.staff.askersAccount}</a> : t.staff.noAccount}
        </p>
        <Paragraphs text={q.body} />
        <p class="asker-line">
          <span>{q.asker_name}</span> {q.asker_age_range && <span>{q.asker_age_range}</span>} {q.asker_sex && <span>{t.question.sexLabel[q.asker_sex]}</span>}
        </p>
        <p>
          <a href={`/questions/${q.id}`}>{t.staff.publicPage}</a> · <a href={`/moderation/audit?targetType=question&targetId=${q.id}`}>{t.staff.history}</a>
          {data.hasOriginal && (
            <>
              {' '}
              · <a href={`/moderation/questions/${q.id}/original`}>{t.moderation.original}</a>
            </>
          )}
        </p>
      </section>

      {data.answers.length > 0 && (
        <section aria-labelledby="mq-answers">
          <h2 id="mq-answers">{t.doctor.answers}</h2>
          {data.answers.map((a) => (
            <div class="card" id={`answer-${a.id}`}>
              <p class="doctor-name">{a.doctor}</p>
              <Paragraphs text={a.text} />
            </div>
          ))}
        </section>
      )}

      {data.reports.length > 0 && (
        <section aria-labelledby="mq-reports">
          <h2 id="mq-reports">{t.moderation.reports}</h2>
          <ul class="question-list">
            {data.reports.map((r) => (
              <li class="card" id={`report-${r.id}`}>
                <p>
                  <span class="tag">{t.report.reasons[r.reason] ?? r.reason}</span>
                  {r.answer_id ? <a href={`#answer-${r.answer_id}`}> {t.staff.aboutAnswer(r.answer_id)}</a> : ` ${t.staff.aboutQuestion}`} · {formatDate(r.created_at)}
                </p>
                {r.details && <p class="snippet">{r.details}</p>}
                <ActionForm ctx={ctx} action={`/moderation/reports/${r.id}/resolve`} id={`reason-report-${r.id}`} button={t.moderation.resolve} reason={typed(`report-${r.id}`)} error={e('reason', `report-${r.id}`)} secondary>
                  <input type="hidden" name="from" value="question" />
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="mq-actions" class="card moderation-tools">
        <h2 id="mq-actions">{t.staff.actions}</h2>
        {q.status === 'held' && (
          <ActionForm ctx={ctx} action={`/moderation/questions/${q.id}/release`} id="reason-release" button={t.moderation.release} reason={typed('release')} error={e('reason', 'release')} />
        )}
        {q.status !== 'withdrawn' && (
          <ActionForm
            ctx={ctx}
            action={`/moderation/questions/${q.id}/${hiding ? 'hide' : 'unhide'}`}
            id="reason-visibility"
            button={hiding ? t.moderation.hide : t.moderation.unhide}
            reason={typed(hiding ? 'hide' : 'unhide')}
            error={e('reason', hiding ? 'hide' : 'unhide')}
            secondary={!hiding}
          />
        )}
        <form method="post" action={`/moderation/questions/${q.id}/edit`} class="stack">
          <h3>{t.moderation.edit}</h3>
          <CsrfField ctx={ctx} />
          <div class={`field${e('title', 'edit') ? ' has-error' : ''}`}>
            <label for="f-title">{t.ask.questionTitle}</label>
            <input id="f-title" name="title" required maxLength={150} value={form.form === 'edit' ? form.title : q.title} aria-describedby={e('title', 'edit') ? 'f-title-error' : undefined} />
            <FieldError id="f-title" error={e('title', 'edit')} />
          </div>
          <div class={`field${e('body', 'edit') ? ' has-error' : ''}`}>
            <label for="f-body">{t.ask.body}</label>
            <textarea id="f-body" name="body" rows={10} required aria-describedby={e('body', 'edit') ? 'f-body-error' : undefined}>
              {form.form === 'edit' ? form.body : q.body}
            </textarea>
            <FieldError id="f-body" error={e('body', 'edit')} />
          </div>
          <ReasonField id="reason-edit" value={typed('edit')} error={e('reason', 'edit')} />
          <button type="submit">{t.moderation.save}</button>
        </form>
      </section>
    </Layout>
  );
}

export function OriginalPage({ ctx, question, original, reason, error }: { ctx: ViewCtx; question: Pick<Question, 'id' | 'title'>; original?: { title: string; body: string } | null; reason?: string; error?: string }) {
  return (
    <Layout ctx={ctx} meta={{ title: t.moderation.original, noindex: true }}>
      <h1>{t.moderation.original}</h1>
      <p>
        <a href={`/moderation/questions/${question.id}`}>{question.title}</a>
      </p>
      {original === undefined ? (
        <ActionForm ctx={ctx} action={`/moderation/questions/${question.id}/original`} id="reason-original" button={t.moderation.showOriginal} reason={reason} error={error}>
          <p>{t.staff.originalIntro}</p>
        </ActionForm>
      ) : original === null ? (
        <p role="status">{t.moderation.noOriginal}</p>
      ) : (
        <section class="card" aria-labelledby="orig-heading">
          <h2 id="orig-heading">{original.title}</h2>
          <Paragraphs text={original.body} />
        </section>
      )}
    </Layout>
  );
}
