import { t } from '../../i18n/index.js';
import { Pagination } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { Layout } from '../../views/layout.js';
import { AUDIT_PAGE_SIZE, type AuditFilter, type listAudit } from '../audit.js';
import { StaffNav } from './parts.js';

const targetLink = (type: string, id: string) =>
  type === 'question' ? `/moderation/questions/${id}` : type === 'user' ? `/moderation/users?id=${id}` : undefined;

export function AuditPage({ ctx, result, filter, page }: { ctx: ViewCtx; result: Awaited<ReturnType<typeof listAudit>>; filter: AuditFilter; page: number }) {
  const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();
  return (
    <Layout ctx={ctx} meta={{ title: t.moderation.audit, noindex: true }}>
      <h1>{t.moderation.audit}</h1>
      <StaffNav current="/moderation/audit" />
      <p>{t.moderation.auditIntro}</p>
      <form method="get" action="/moderation/audit" class="row">
        <label for="f-action">{t.staff.action}</label>
        <input id="f-action" name="action" value={filter.action} placeholder="question.hide" />
        <label for="f-target-type">{t.staff.targetType}</label>
        <input id="f-target-type" name="targetType" value={filter.targetType} placeholder="question" />
        <label for="f-target-id">{t.staff.targetId}</label>
        <input id="f-target-id" name="targetId" value={filter.targetId} />
        <button type="submit">{t.staff.filter}</button>
      </form>
      {result.rows.length === 0 ? (
        <p class="muted">{t.staff.noEntries}</p>
      ) : (
        <table class="table audit">
          <caption class="visually-hidden">{t.staff.auditEntries}</caption>
          <thead>
            <tr>
              <th scope="col">{t.staff.when}</th>
              <th scope="col">{t.staff.who}</th>
              <th scope="col">{t.staff.action}</th>
              <th scope="col">{t.staff.target}</th>
              <th scope="col">{t.staff.reason}</th>
              <th scope="col">{t.staff.details}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => {
              const href = targetLink(r.target_type, r.target_id);
              return (
                <tr>
                  <td>
                    <time datetime={r.created_at}>{r.created_at.slice(0, 19).replace('T', ' ')}</time>
                  </td>
                  <td>{r.actor_user_id === null ? t.staff.system : r.actor_email ? `${r.actor_name} (${r.actor_email})` : t.staff.deletedAccount(r.actor_user_id)}</td>
                  <td>{r.action}</td>
                  <td>{href ? <a href={href}>{`${r.target_type} #${r.target_id}`}</a> : `${r.target_type} ${r.target_id}`}</td>
                  <td>{r.reason}</td>
                  <td>
                    <code>{r.details}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} total={result.total} base={`/moderation/audit${qs ? `?${qs}` : ''}`} />
    </Layout>
  );
}
