import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/index.js';
import { FieldError, Notices } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { Layout } from '../../views/layout.js';

export const ADMIN_SECTIONS: [string, string][] = [
  ['/admin/departments', t.admin.departments],
  ['/admin/users', t.admin.users],
  ['/admin/doctors', t.admin.doctors],
  ['/admin/faqs', t.admin.faqs],
  ['/admin/pages', t.admin.pages],
  ['/admin/enrichment', t.admin.enrichment],
];

export function AdminLayout({ ctx, title, children, flash, error }: { ctx: ViewCtx; title: string; children: ComponentChildren; flash?: string; error?: string }) {
  return (
    <Layout ctx={ctx} meta={{ title, noindex: true }}>
      <nav aria-label={t.adminText.sections} class="staff-nav">
        <ul class="nav">
          <li>
            <a href="/admin" aria-current={ctx.path === '/admin' ? 'page' : undefined}>
              {t.admin.title}
            </a>
          </li>
          {ADMIN_SECTIONS.map(([href, label]) => (
            <li>
              <a href={href} aria-current={ctx.path.split('?')[0] === href ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
          <li>
            <a href="/moderation/audit">{t.moderation.audit}</a>
          </li>
        </ul>
      </nav>
      <h1>{title}</h1>
      <Notices flash={flash} error={error} />
      {children}
    </Layout>
  );
}

/** A labelled text input or textarea that keeps what was typed and shows its error. */
export function TextField(props: { name: string; label: string; value?: string | null; error?: string; rows?: number; required?: boolean; maxLength?: number; hint?: string; lang?: string }) {
  const id = `f-${props.name}`;
  const describedBy = props.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined;
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.rows ? (
        <textarea id={id} name={props.name} rows={props.rows} required={props.required} maxLength={props.maxLength} lang={props.lang} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy}>
          {props.value ?? ''}
        </textarea>
      ) : (
        <input id={id} name={props.name} value={props.value ?? ''} required={props.required} maxLength={props.maxLength} lang={props.lang} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy} />
      )}
      <FieldError id={id} error={props.error} />
    </div>
  );
}

export const FLASH: Record<string, string> = {
  saved: t.admin.saved,
  deleted: t.adminText.deleted,
  verified: t.adminText.verified,
  unverified: t.adminText.unverified,
  role: t.adminText.roleChanged,
  doctor: t.adminText.doctorSaved,
};
