import { t } from '../../i18n/index.js';
import { snippet } from '../../questions/text.js';
import { formatDate } from '../../time.js';
import { Notices } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { Layout } from '../../views/layout.js';
import type { heldQuestions, urgentQuestions } from '../questions.js';
import type { openReports } from '../reports.js';
import { ActionForm, StaffNav } from './parts.js';

export interface QueueData {
  reports: Awaited<ReturnType<typeof openReports>>;
  urgent: Awaited<ReturnType<typeof urgentQuestions>>;
  held: Awaited<ReturnType<typeof heldQuestions>>;
}

/** A failed action on this page: which form, what was typed, what is wrong. */
export interface QueueError {
  form: string;
  reason?: string;
  message: string;
}

export function QueuePage({ ctx, data, error, flash }: { ctx: ViewCtx; data: QueueData; error?: QueueError; flash?: string }) {
  const err = (form: string) => (error?.form === form ? error : undefined);
  return (
    <Layout ctx={ctx} meta={{ title: t.moderation.title, noindex: true }}>
      <h1>{t.moderation.title}</h1>
      <StaffNav current="/moderation" />
      <Notices flash={flash} error={error?.message} />

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">
          {t.moderation.reports} ({data.reports.length})
        </h2>
        {data.reports.length === 0 ? (
          <p class="muted">{t.moderation.noReports}</p>
        ) : (
          <ul class="question-list">
            {data.reports.map((r) => (
              <li class={`card${r.reason === 'emergency' ? ' urgent-item' : ''}`} id={`report-${r.id}`}>
                <h3>
                  <span class="tag">{t.report.reasons[r.reason] ?? r.reason}</span>{' '}
                  <a href={`/moderation/questions/${r.question_id}`}>{r.title}</a>
                </h3>
                <p class="meta">
                  {r.answer_id ? (
                    <a href={`/questions/${r.question_id}#answer-${r.answer_id}`}>{t.staff.aboutAnswer(r.answer_id)}</a>
                  ) : (
                    t.staff.aboutQuestion
                  )}{' '}
                  · {t.question.status[r.question_status]} · {t.staff.reportedOn(formatDate(r.created_at))} · {r.reporter_user_id ? t.staff.bySignedIn : t.staff.anonymously}
                </p>
                {r.details && <p class="snippet">{r.details}</p>}
                <ActionForm ctx={ctx} action={`/moderation/reports/${r.id}/resolve`} id={`reason-report-${r.id}`} button={t.moderation.resolve} reason={err(`report-${r.id}`)?.reason} error={err(`report-${r.id}`)?.message} secondary />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">
          {t.moderation.urgent} ({data.urgent.length})
        </h2>
        {data.urgent.length === 0 ? (
          <p class="muted">{t.moderation.noUrgent}</p>
        ) : (
          <ul class="question-list">
            {data.urgent.map((q) => (
              <li class="card urgent-item">
                <h3>
                  <a href={`/moderation/questions/${q.id}`}>{q.title}</a>
                </h3>
                <p class="snippet">{snippet(q.body, 200)}</p>
                <p class="meta">
                  {q.name_en} · {t.question.status[q.status]} · {formatDate(q.asked_at)}
                  {q.triage_categories && <> · {(JSON.parse(q.triage_categories) as string[]).join(', ')}</>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="held-heading">
        <h2 id="held-heading">
          {t.moderation.held} ({data.held.length})
        </h2>
        {data.held.length === 0 ? (
          <p class="muted">{t.moderation.noHeld}</p>
        ) : (
          <ul class="question-list">
            {data.held.map((q) => (
              <li class={`card${q.urgent ? ' urgent-item' : ''}`}>
                <h3>
                  <a href={`/moderation/questions/${q.id}`}>{q.title}</a>
                </h3>
                <p class="snippet">{snippet(q.body, 200)}</p>
                <p class="meta">
                  {q.name_en} · {formatDate(q.asked_at)}
                </p>
                <ActionForm ctx={ctx} action={`/moderation/questions/${q.id}/release`} id={`reason-release-${q.id}`} button={t.moderation.release} reason={err(`release-${q.id}`)?.reason} error={err(`release-${q.id}`)?.message} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
