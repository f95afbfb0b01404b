import type { Doctor } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { emergencyGuidance, type TriageCategory } from '../../safety/index.js';
import { formatDate } from '../../time.js';
import type { ViewCtx } from '../../views/context.js';
import { CsrfField, Layout } from '../../views/layout.js';
import { CitedParagraphs, Paragraphs } from '../../views/text.js';
import { displayHeadline, type QuestionView } from '../reading.js';
import { snippet } from '../text.js';
import { ShareLinks } from './share.js';

export interface QuestionPageOptions {
  canonicalPath: string;
  /** The viewer may approve, edit or hide More Info and the headline. */
  canReview: boolean;
  canAnswer: boolean;
  canModerate: boolean;
  isAsker: boolean;
  emergencyNumbers: ReadonlyArray<{ label: string; number: string }>;
  flash?: string;
}

export function questionJsonLd(view: QuestionView, url: string): object[] {
  const q = view.question;
  const answer = (a: QuestionView['answers'][number]) => ({
    '@type': 'Answer',
    text: a.text,
    dateCreated: a.answeredAt,
    url: `${url}#answer-${a.id}`,
    author: { '@type': 'Person', name: a.doctor.name, jobTitle: `Physician, ${a.doctor.department.name}` },
  });
  const [accepted, ...others] = view.answers;
  const ld: object[] = [
    {
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: q.headline ?? q.title,
        text: q.body,
        dateCreated: q.asked_at,
        answerCount: view.answers.length,
        author: { '@type': 'Person', name: q.asker_name },
        ...(accepted ? { acceptedAnswer: answer(accepted) } : {}),
        ...(others.length ? { suggestedAnswer: others.map(answer) } : {}),
      },
    },
  ];
  if (view.moreInfo && !view.moreInfo.hidden) {
    ld.push({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url,
      about: { '@type': 'MedicalCondition', name: q.headline ?? q.title },
      ...(view.moreInfo.reviewedAt
        ? { lastReviewed: view.moreInfo.reviewedAt.slice(0, 10), reviewedBy: { '@type': 'Person', name: view.moreInfo.reviewedBy ?? 'Doctor' } }
        : {}),
      citation: view.moreInfo.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    });
  }
  return ld;
}

export function QuestionPage({ ctx, view, opts }: { ctx: ViewCtx; view: QuestionView; opts: QuestionPageOptions }) {
  const q = view.question;
  const headline = displayHeadline(q, view.department);
  const url = `${ctx.publicUrl}${opts.canonicalPath}`;
  const showMoreInfo = view.moreInfo && (!view.moreInfo.hidden || opts.canReview);
  const sex = t.question.sexLabel[q.asker_sex ?? 'unspecified'] ?? '';
  return (
    <Layout
      ctx={ctx}
      meta={{
        title: headline,
        description: snippet(q.body, 155),
        canonical: opts.canonicalPath,
        ogType: 'article',
        jsonLd: q.status === 'published' ? questionJsonLd(view, url) : [],
        noindex: q.status !== 'published',
        ownNotices: true,
      }}
    >
      <article class="question-page" lang={q.lang}>
        {opts.flash && (
          <p class="flash" role="status">
            {opts.flash}
          </p>
        )}
        {q.status !== 'published' && (
          <p class="status-note" role="status">
            {t.question.status[q.status]}
          </p>
        )}
        <header class="question-header">
          <p class="dept-crumb">
            <a href={`/departments/${view.department.slug}`}>{view.department.name_en}</a>
          </p>
          <h1>{headline}</h1>
          {q.headline && q.headline !== q.title && (
            <p class="asker-title">
              <span class="label">{t.question.yourTitle}:</span> {q.title}
            </p>
          )}
        </header>

        <ShareLinks url={url} title={headline} />

        {q.urgent === 1 && <UrgentNotice numbers={opts.emergencyNumbers} categories={JSON.parse(q.triage_categories ?? '[]')} />}

        <section data-section="question" class="question card" aria-labelledby="question-heading">
          <h2 id="question-heading" class="visually-hidden">
            Question
          </h2>
          {!(q.headline && q.headline !== q.title) && <p class="asker-title-inline">{q.title}</p>}
          <div class="body">
            <Paragraphs text={q.body} />
          </div>
          <p class="asker-line">
            <span>{q.asker_name}</span>
            {q.asker_age_range && <span>{q.asker_age_range}</span>}
            {sex && <span>{sex}</span>}
            <span>
              {t.question.askDate} <time datetime={q.asked_at}>{formatDate(q.asked_at)}</time>
            </span>
          </p>
          <p class="report-link">
            <a href={`/questions/${q.id}/report`} rel="nofollow">
              {t.question.report}
            </a>
          </p>
        </section>

        {view.answers.map((a) => (
          <section data-section="answer" class="answer card" id={`answer-${a.id}`} aria-label={`Answer by ${a.doctor.name}`}>
            <header class="doctor-line">
              <a href={`/doctors/${a.doctor.id}`} class="doctor-name">
                {a.doctor.name}
              </a>
              <span class="doctor-dept">
                {a.doctor.department.name}
                {a.doctor.hospital ? `, ${a.doctor.hospital}` : ''}
              </span>
            </header>
            <div class="body">
              <Paragraphs text={a.text} />
            </div>
            {a.doctor.signOff && <p class="sign-off">{a.doctor.signOff}</p>}
            <p class="reply-date">
              {t.question.replyDate} <time datetime={a.answeredAt}>{formatDate(a.answeredAt)}</time>
            </p>
            <p class="report-link">
              <a href={`/questions/${q.id}/report?answer=${a.id}`} rel="nofollow">
                {t.question.report}
              </a>
            </p>
          </section>
        ))}

        {opts.canAnswer && (
          <p>
            <a class="button" href={`/doctor/questions/${q.id}/answer`}>
              {t.doctor.answer}
            </a>
          </p>
        )}

        {showMoreInfo && view.moreInfo && (
          <section data-section="more-info" class="more-info card" aria-labelledby="more-info-heading">
            <h2 id="more-info-heading">{t.question.moreInfo}</h2>
            <p class="generated-label">
              <strong>{t.question.moreInfoLabel}</strong>
              {view.moreInfo.reviewedAt && view.moreInfo.reviewedBy && (
                <span> · {t.question.moreInfoReviewed(view.moreInfo.reviewedBy, formatDate(view.moreInfo.reviewedAt))}</span>
              )}
              {view.moreInfo.hidden && <span> · Hidden from readers</span>}
            </p>
            <div class="body">
              <CitedParagraphs text={view.moreInfo.text} idPrefix="source" />
            </div>
            <h3>{t.question.sources}</h3>
            <ol class="sources">
              {view.moreInfo.sources.map((s) => (
                <li id={`source-${s.n}`} value={s.n}>
                  <a href={s.url}>{s.title}</a>
                </li>
              ))}
            </ol>
            {opts.canReview && (
              <p>
                <a href={`/doctor/questions/${q.id}/more-info`}>Review or edit More Info and headline</a>
              </p>
            )}
          </section>
        )}

        <section data-section="similar" class="similar" aria-labelledby="similar-heading">
          <h2 id="similar-heading">{t.question.similar}</h2>
          {view.similar.length === 0 ? (
            <p class="muted">{t.question.noSimilar}</p>
          ) : (
            <ul class="similar-list">
              {view.similar.map((s) => (
                <li class="card">
                  <h3>
                    <a href={`/questions/${s.id}`}>{s.headline}</a>
                  </h3>
                  <p class="snippet">{s.questionSnippet}</p>
                  {s.doctorName && (
                    <p class="similar-doctor">
                      {t.question.answeredBy} {s.doctorName} · {s.department.name}
                    </p>
                  )}
                  {s.answerSnippet && <p class="snippet answer-snippet">{s.answerSnippet}</p>}
                  <a href={`/questions/${s.id}`} class="read-more" aria-label={`${t.question.readMore}: ${s.headline}`}>
                    {t.question.readMore}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section data-section="faq" class="faq" aria-labelledby="faq-heading">
          <h2 id="faq-heading">{t.question.relatedFaq}</h2>
          {view.faqs.length === 0 ? (
            <p class="muted">{t.question.noFaq}</p>
          ) : (
            <ul class="faq-list">
              {view.faqs.map((f) => (
                <li>
                  <a href={`/faq/${f.id}`}>{f.question}</a>
                  <p class="snippet">{f.snippet}</p>
                </li>
              ))}
            </ul>
          )}
        </section>

        {opts.canModerate && (
          <section class="card moderation-tools" aria-label="Moderation">
            <h2>Moderation</h2>
            <form method="post" action={`/moderation/questions/${q.id}/${q.status === 'hidden' ? 'unhide' : 'hide'}`}>
              <CsrfField ctx={ctx} />
              <label for="mod-reason">Reason (kept in the audit log)</label>
              <input id="mod-reason" name="reason" required maxLength={500} />
              <button type="submit">{q.status === 'hidden' ? 'Unhide question' : 'Hide question'}</button>
            </form>
          </section>
        )}

        <aside class="notices" aria-label="Notices">
          <p>{t.site.notDiagnosis}</p>
          <p class="emergency-line">{t.site.emergency}</p>
        </aside>
      </article>
    </Layout>
  );
}

/** Emergency guidance, rendered on the server so it shows without JavaScript too. */
export function UrgentNotice({ numbers, categories }: { numbers: ReadonlyArray<{ label: string; number: string }>; categories: string[] }) {
  const g = emergencyGuidance(categories as TriageCategory[], [...numbers]);
  return (
    <div class="urgent" role="alert">
      <p>
        <strong>{g.title}</strong>
      </p>
      {g.paragraphs.map((p) => (
        <p>{p}</p>
      ))}
      <ul>
        {numbers.map((n) => (
          <li>
            {n.label}: <a href={`tel:${n.number}`}>{n.number}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type { Doctor };
