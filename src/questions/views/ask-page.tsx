import type { Department } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import type { ViewCtx } from '../../views/context.js';
import { FieldError, FormErrors } from '../../views/components.js';
import { CsrfField, Layout } from '../../views/layout.js';
import { Paragraphs } from '../../views/text.js';
import { AGE_RANGES, SEXES } from '../schema.js';
import { UrgentNotice } from './question-page.js';

export type AskForm = Partial<Record<'department' | 'title' | 'body' | 'displayName' | 'ageRange' | 'sex' | 'consent', string>>;

export interface AskPageProps {
  ctx: ViewCtx;
  departments: Department[];
  form: AskForm;
  errors?: Record<string, string>;
  mustVerify: boolean;
  /** Server-side triage of what was typed (shown without JavaScript too). */
  emergency?: { categories: string[]; numbers: ReadonlyArray<{ label: string; number: string }> };
  preview?: { title: string; body: string; redactions: number };
  lookAlike?: { id: number; title: string }[];
  action?: string;
  heading?: string;
}

export function AskPage(p: AskPageProps) {
  const f = p.form;
  const e = p.errors ?? {};
  const action = p.action ?? '/ask';
  return (
    <Layout ctx={p.ctx} meta={{ title: p.heading ?? t.ask.title, noindex: true }}>
      <div class="narrow">
        <h1>{p.heading ?? t.ask.title}</h1>
        <p>{t.ask.intro}</p>
        {p.mustVerify && (
          <div class="flash" role="status">
            <p>{t.ask.mustVerify}</p>
            <form method="post" action="/verify-email/resend" class="inline">
              <CsrfField ctx={p.ctx} />
              <button type="submit" class="link">
                {t.ask.resend}
              </button>
            </form>
          </div>
        )}
        <div id="triage-live" aria-live="assertive">
          {p.emergency && <UrgentNotice numbers={p.emergency.numbers} categories={p.emergency.categories} />}
        </div>
        <FormErrors fields={e} />
        {p.preview && (
          <section class="card preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t.ask.preview}</h2>
            {p.preview.redactions > 0 && <p class="flash">{t.ask.previewRedacted} {p.preview.redactions} item(s) replaced, shown in [brackets].</p>}
            <h3>{p.preview.title}</h3>
            <Paragraphs text={p.preview.body} />
          </section>
        )}
        <form method="post" action={action} class="stack ask-form" novalidate>
          <CsrfField ctx={p.ctx} />
          <div class="hp" aria-hidden="true">
            <label for="f-website">Leave this empty</label>
            <input id="f-website" name="website" type="text" tabindex={-1} autocomplete="off" />
          </div>
          {!p.action && (
            <div class={`field${e.department ? ' has-error' : ''}`}>
              <label for="f-department">{t.ask.department}</label>
              <select id="f-department" name="department" required aria-invalid={e.department ? 'true' : undefined} aria-describedby={e.department ? 'f-department-error' : undefined}>
                <option value="">{t.ask.chooseDepartment}</option>
                {p.departments.map((d) => (
                  <option value={d.slug} selected={f.department === d.slug}>
                    {d.name_en} · {d.name_zh}
                  </option>
                ))}
              </select>
              <FieldError id="f-department" error={e.department} />
            </div>
          )}
          <div class={`field${e.title ? ' has-error' : ''}`}>
            <label for="f-title">{t.ask.questionTitle}</label>
            <input id="f-title" name="title" value={f.title} maxLength={150} required aria-invalid={e.title ? 'true' : undefined} aria-describedby={e.title ? 'f-title-error' : undefined} />
            <FieldError id="f-title" error={e.title} />
          </div>
          <div class={`field${e.body ? ' has-error' : ''}`}>
            <label for="f-body">{t.ask.body}</label>
            <p class="hint" id="f-body-hint">
              {t.ask.bodyHint}
            </p>
            <textarea id="f-body" name="body" rows={10} maxLength={10000} required aria-invalid={e.body ? 'true' : undefined} aria-describedby={e.body ? 'f-body-error' : 'f-body-hint'} data-triage data-lookalike>
              {f.body}
            </textarea>
            <FieldError id="f-body" error={e.body} />
          </div>
          <div id="lookalike" class="lookalike" aria-live="polite">
            {p.lookAlike && p.lookAlike.length > 0 && (
              <>
                <h2>{t.ask.lookAlike}</h2>
                <ul>
                  {p.lookAlike.map((l) => (
                    <li>
                      <a href={`/questions/${l.id}`} target="_blank" rel="noopener">
                        {l.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          {!p.action && (
            <>
              <div class={`field${e.displayName ? ' has-error' : ''}`}>
                <label for="f-displayName">{t.ask.displayName}</label>
                <input id="f-displayName" name="displayName" value={f.displayName} maxLength={40} required aria-invalid={e.displayName ? 'true' : undefined} aria-describedby={e.displayName ? 'f-displayName-error' : undefined} />
                <FieldError id="f-displayName" error={e.displayName} />
              </div>
              <div class="row">
                <div class={`field${e.ageRange ? ' has-error' : ''}`}>
                  <label for="f-ageRange">{t.ask.ageRange}</label>
                  <select id="f-ageRange" name="ageRange" required aria-invalid={e.ageRange ? 'true' : undefined}>
                    <option value="">Choose</option>
                    {AGE_RANGES.map((a) => (
                      <option value={a} selected={f.ageRange === a}>
                        {a}
                      </option>
                    ))}
                  </select>
                  <FieldError id="f-ageRange" error={e.ageRange} />
                </div>
                <div class={`field${e.sex ? ' has-error' : ''}`}>
                  <label for="f-sex">{t.ask.sex}</label>
                  <select id="f-sex" name="sex" required aria-invalid={e.sex ? 'true' : undefined}>
                    <option value="">Choose</option>
                    {SEXES.map((s) => (
                      <option value={s} selected={f.sex === s}>
                        {t.question.sexLabel[s]}
                      </option>
                    ))}
                  </select>
                  <FieldError id="f-sex" error={e.sex} />
                </div>
              </div>
              <div class={`field checkbox${e.consent ? ' has-error' : ''}`}>
                <input id="f-consent" name="consent" type="checkbox" checked={f.consent === 'on'} aria-invalid={e.consent ? 'true' : undefined} aria-describedby={e.consent ? 'f-consent-error' : undefined} />
                <label for="f-consent">{t.ask.consent}</label>
                <FieldError id="f-consent" error={e.consent} />
              </div>
            </>
          )}
          <div class="buttons">
            <button type="submit" name="intent" value="preview" class="secondary">
              {t.doctor.preview}
            </button>
            <button type="submit" name="intent" value="submit">
              {p.action ? 'Save changes' : t.ask.submit}
            </button>
          </div>
        </form>
      </div>
    </Layout>
  );
}
