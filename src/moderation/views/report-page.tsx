import type { Question } from '../../db/schema.js';
import { Honeypot } from '../../accounts/routes.js';
import { t } from '../../i18n/index.js';
import { FieldError, FormErrors } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { CsrfField, Layout } from '../../views/layout.js';
import { REPORT_REASONS } from '../reports.js';

export interface ReportForm {
  reason?: string;
  details?: string;
  answer?: string;
}

export function ReportPage(props: { ctx: ViewCtx; question: Pick<Question, 'id' | 'title'>; form: ReportForm; errors?: Record<string, string>; sent?: boolean }) {
  const { ctx, question, form, errors } = props;
  return (
    <Layout ctx={ctx} meta={{ title: t.report.title, noindex: true }}>
      <div class="narrow">
        <h1>{t.report.title}</h1>
        <p>
          <a href={`/questions/${question.id}`}>{question.title}</a>
        </p>
        {props.sent ? (
          <>
            <p class="flash" role="status">
              {t.report.thanks}
            </p>
            <p>
              <a href={`/questions/${question.id}`}>{t.report.back}</a>
            </p>
          </>
        ) : (
          <>
            <p>{t.report.intro}</p>
            {form.answer && <p>{t.report.aboutAnswer}</p>}
            <p class="notice emergency-line">{t.report.emergencyHint}</p>
            <FormErrors fields={errors} />
            <form method="post" action={`/questions/${question.id}/report`} class="stack" novalidate>
              <CsrfField ctx={ctx} />
              <Honeypot />
              {form.answer && <input type="hidden" name="answer" value={form.answer} />}
              <fieldset class={`field${errors?.reason ? ' has-error' : ''}`} id="f-reason" aria-describedby={errors?.reason ? 'f-reason-error' : undefined}>
                <legend>{t.report.reason}</legend>
                {REPORT_REASONS.map((r) => (
                  <div>
                    <input type="radio" id={`f-reason-${r}`} name="reason" value={r} checked={form.reason === r} required />
                    <label for={`f-reason-${r}`}>{t.report.reasons[r]}</label>
                  </div>
                ))}
                <FieldError id="f-reason" error={errors?.reason} />
              </fieldset>
              <div class={`field${errors?.details ? ' has-error' : ''}`}>
                <label for="f-details">{t.report.details}</label>
                <textarea id="f-details" name="details" rows={5} maxLength={2000} aria-invalid={errors?.details ? 'true' : undefined} aria-describedby={errors?.details ? 'f-details-error' : undefined}>
                  {form.details}
                </textarea>
                <FieldError id="f-details" error={errors?.details} />
              </div>
              <button type="submit">{t.report.submit}</button>
            </form>
          </>
        )}
      </div>
    </Layout>
  );
}
