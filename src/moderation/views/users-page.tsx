import type { Role } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { formatDate } from '../../time.js';
import { Notices } from '../../views/components.js';
import type { ViewCtx } from '../../views/context.js';
import { Layout } from '../../views/layout.js';
import { ActionForm, StaffNav } from './parts.js';

export interface UserRow {
  id: number;
  email: string;
  display_name: string;
  role: Role;
  suspended_at: string | null;
  suspended_reason: string | null;
  created_at: string;
}

export function ModerationUsersPage(props: { ctx: ViewCtx; email: string; users: UserRow[]; error?: { userId: number; reason?: string; message: string }; flash?: string }) {
  const { ctx, users, error } = props;
  return (
    <Layout ctx={ctx} meta={{ title: t.moderation.users, noindex: true }}>
      <h1>{t.moderation.users}</h1>
      <StaffNav current="/moderation/users" />
      <Notices flash={props.flash} error={error?.message} />
      <form method="get" action="/moderation/users" class="search-form" role="search">
        <label for="f-email">{t.accounts.email}</label>
        <input id="f-email" name="email" type="search" value={props.email} />
        <button type="submit">{t.nav.search}</button>
      </form>
      {users.length === 0 ? (
        <p class="muted">{t.staff.noUsers}</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">{t.moderation.users}</caption>
          <thead>
            <tr>
              <th scope="col">{t.staff.email}</th>
              <th scope="col">{t.staff.name}</th>
              <th scope="col">{t.staff.role}</th>
              <th scope="col">{t.staff.joined}</th>
              <th scope="col">{t.staff.statusAndAction}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const err = error?.userId === u.id ? error : undefined;
              return (
                <tr id={`user-${u.id}`}>
                  <td>{u.email}</td>
                  <td>{u.display_name}</td>
                  <td>{u.role}</td>
                  <td>{formatDate(u.created_at)}</td>
                  <td>
                    {u.suspended_at ? (
                      <>
                        <p>{t.staff.suspendedOn(formatDate(u.suspended_at), u.suspended_reason ?? '')}</p>
                        <ActionForm ctx={ctx} action={`/moderation/users/${u.id}/unsuspend`} id={`reason-user-${u.id}`} button={t.moderation.unsuspend} reason={err?.reason} error={err?.message} secondary />
                      </>
                    ) : u.role === 'admin' ? (
                      <span class="muted">{t.staff.active}</span>
                    ) : (
                      <ActionForm ctx={ctx} action={`/moderation/users/${u.id}/suspend`} id={`reason-user-${u.id}`} button={t.moderation.suspend} reason={err?.reason} error={err?.message} secondary />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
