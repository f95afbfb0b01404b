import type { Department } from '../db/schema.js';
import type { QuestionListItem } from '../questions/reading.js';
import { snippet } from '../questions/text.js';
import { formatDate } from '../time.js';

export function QuestionList({ items }: { items: QuestionListItem[] }) {
  return (
    <ul class="question-list">
      {items.map((q) => (
        <li class="card">
          <h3>
            <a href={`/questions/${q.id}`}>{q.headline ?? q.title}</a>
          </h3>
          <p class="snippet">{snippet(q.body, 200)}</p>
          <p class="meta">
            <a href={`/departments/${q.dept_slug}`}>{q.dept_name}</a> · {q.answers} {q.answers === 1 ? 'answer' : 'answers'} ·{' '}
            <time datetime={q.published_at ?? q.asked_at}>{formatDate(q.published_at ?? q.asked_at)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function DepartmentGrid({ departments }: { departments: Department[] }) {
  return (
    <ul class="department-grid">
      {departments.map((d) => (
        <li>
          <a href={`/departments/${d.slug}`}>
            <span class="dept-en">{d.name_en}</span> <span class="dept-zh" lang="zh-Hant">{d.name_zh}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Previous/next links with plain query strings, so pagination works without JavaScript. */
export function Pagination({ page, pageSize, total, base }: { page: number; pageSize: number; total: number; base: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const sep = base.includes('?') ? '&' : '?';
  const href = (p: number) => (p === 1 ? base : `${base}${sep}page=${p}`);
  return (
    <nav class="pagination" aria-label="Pagination">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          ← Previous
        </a>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          Next →
        </a>
      )}
    </nav>
  );
}

export function FieldError({ error, id }: { error?: string; id: string }) {
  return error ? (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

export function FormErrors({ fields }: { fields?: Record<string, string> }) {
  if (!fields || Object.keys(fields).length === 0) return null;
  return (
    <div class="form-errors" role="alert">
      <p>Please correct the following:</p>
      <ul>
        {Object.entries(fields).map(([k, v]) => (
          <li>
            <a href={`#f-${k}`}>{v}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The outcome of the last action: a flash (announced politely) and/or an error (announced at once). */
export function Notices({ flash, error }: { flash?: string | null; error?: string | null }) {
  return (
    <>
      {flash && (
        <p class="flash" role="status">
          {flash}
        </p>
      )}
      {error && (
        <p class="form-errors" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
