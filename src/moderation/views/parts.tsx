import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/index.js';
import { FieldError } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { CsrfField } from '../../views/layout.js';

/** A required reason box; ids are made unique per form because a page carries many of them. */
export function ReasonField({ id, value, error, label = t.moderation.reason }: { id: string; value?: string; error?: string; label?: string }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name="reason"
        required
        maxLength={500}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** One audited action: a small form with its own reason and a submit button. */
export function ActionForm(props: { ctx: ViewCtx; action: string; id: string; button: string; reason?: string; error?: string; secondary?: boolean; children?: ComponentChildren }) {
  return (
    <form method="post" action={props.action} class="stack action-form">
      <CsrfField ctx={props.ctx} />
      {props.children}
      <ReasonField id={props.id} value={props.reason} error={props.error} />
      <button type="submit" class={props.secondary ? 'secondary' : undefined}>
        {props.button}
      </button>
    </form>
  );
}

export function StaffNav({ current }: { current: string }) {
  const links: [string, string][] = [
    ['/moderation', t.moderation.title],
    ['/moderation/users', t.moderation.users],
    ['/moderation/audit', t.moderation.audit],
  ];
  return (
    <nav aria-label={t.staff.sections} class="staff-nav">
      <ul class="nav">
        {links.map(([href, label]) => (
          <li>
            <a href={href} aria-current={current === href ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
