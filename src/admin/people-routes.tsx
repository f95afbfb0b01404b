import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { listDepartments } from '../departments/repository.js';
import { notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { formOf, requireStaff, type Form } from '../moderation/guard.js';
import { policy } from '../policies.js';
import { formatDate } from '../time.js';
import { FieldError } from '../views/components.js';
import { CsrfField } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { listDoctorsForVerification, setDoctorVerified } from './doctors.js';
import { ASSIGNABLE_ROLES, listUsers, makeDoctor, setUserRole } from './users.js';
import { AdminLayout, FLASH, TextField } from './views/parts.js';

const requireAdmin = (req: FastifyRequest, reply: FastifyReply) => requireStaff(req, reply, policy.administer);

/** Users (search, role, make doctor) and doctor verification. */
export async function peopleRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  app.get<{ Querystring: { email?: string } }>('/admin/users', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const email = String(req.query.email ?? '').slice(0, 254);
    const users = await listUsers(db, req.user, email);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.users}>
        <form method="get" action="/admin/users" class="search-form" role="search">
          <label for="f-email">{t.adminText.searchByEmail}</label>
          <input id="f-email" name="email" type="search" value={email} />
          <button type="submit">{t.nav.search}</button>
        </form>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.adminText.email}</th>
              <th scope="col">{t.adminText.name}</th>
              <th scope="col">{t.adminText.role}</th>
              <th scope="col">{t.adminText.joined}</th>
              <th scope="col">{t.adminText.status}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <td>
                  <a href={`/admin/users/${u.id}`}>{u.email}</a>
                </td>
                <td>{u.display_name}</td>
                <td>{u.role}</td>
                <td>{formatDate(u.created_at)}</td>
                <td>{u.suspended_at ? 'Suspended' : u.email_verified_at ? 'Active' : 'E-mail not verified'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AdminLayout>,
    );
  });

  async function userPage(req: FastifyRequest, reply: FastifyReply, id: number, opts: { form?: Form; which?: 'role' | 'doctor'; errors?: Record<string, string>; flash?: string } = {}) {
    const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!user) throw notFound('No such user');
    const [doctor, departments] = await Promise.all([db.selectFrom('doctors').selectAll().where('user_id', '=', id).executeTakeFirst(), listDepartments(db)]);
    const ctx = await pageCtx(deps, req, reply);
    const e = (which: string, name: string) => (opts.which === which ? opts.errors?.[name] : undefined);
    const d = opts.which === 'doctor' ? opts.form ?? {} : undefined;
    const currentDept = departments.find((x) => x.id === doctor?.department_id)?.slug;
    const selectedDept = d ? d.department : currentDept;
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={`${t.admin.users}: ${user.email}`} flash={opts.flash} error={opts.errors ? t.adminText.fixFields : undefined}>
        <dl class="stats">
          <dt>{t.adminText.name}</dt>
          <dd>{user.display_name}</dd>
          <dt>{t.adminText.role}</dt>
          <dd data-stat="role">{user.role}</dd>
          <dt>{t.adminText.joined}</dt>
          <dd>{formatDate(user.created_at)}</dd>
          <dt>{t.adminText.status}</dt>
          <dd>{user.suspended_at ? `Suspended: ${user.suspended_reason}` : 'Active'}</dd>
        </dl>
        <p>
          <a href={`/moderation/users?id=${user.id}`}>{t.adminText.suspension}</a> · <a href={`/moderation/audit?targetType=user&targetId=${user.id}`}>{t.adminText.history}</a>
        </p>
        {user.role === 'admin' ? (
          <p class="muted">{t.adminText.adminsFromCli}</p>
        ) : (
          <>
            {user.role !== 'doctor' && (
              <form method="post" action={`/admin/users/${id}/role`} class="stack card">
                <h2>{t.adminText.role}</h2>
                <CsrfField ctx={ctx} />
                <div class={`field${e('role', 'role') ? ' has-error' : ''}`}>
                  <label for="f-role">{t.adminText.role}</label>
                  <select id="f-role" name="role" aria-describedby={e('role', 'role') ? 'f-role-error' : undefined}>
                    {ASSIGNABLE_ROLES.map((r) => (
                      <option value={r} selected={r === user.role}>
                        {r}
                      </option>
                    ))}
                  </select>
                  <FieldError id="f-role" error={e('role', 'role')} />
                </div>
                <button type="submit">{t.adminText.changeRole}</button>
              </form>
            )}
            <form method="post" action={`/admin/users/${id}/doctor`} class="stack card">
              <h2>{doctor ? t.adminText.doctorProfile : t.adminText.makeDoctorTitle}</h2>
              <CsrfField ctx={ctx} />
              <TextField name="name" label={t.adminText.nameOnAnswers} value={d ? d.name : doctor?.name ?? user.display_name} error={e('doctor', 'name')} required maxLength={80} />
              <div class={`field${e('doctor', 'department') ? ' has-error' : ''}`}>
                <label for="f-department">{t.ask.department}</label>
                <select id="f-department" name="department" required aria-describedby={e('doctor', 'department') ? 'f-department-error' : undefined}>
                  <option value="">{t.ask.chooseDepartment}</option>
                  {departments.map((x) => (
                    <option value={x.slug} selected={x.slug === selectedDept}>
                      {x.name_en}
                    </option>
                  ))}
                </select>
                <FieldError id="f-department" error={e('doctor', 'department')} />
              </div>
              <TextField name="hospital" label={t.adminText.hospital} value={d ? d.hospital : doctor?.hospital} error={e('doctor', 'hospital')} maxLength={120} />
              <div class="field">
                <input type="checkbox" id="f-verified" name="verified" checked={d ? !!d.verified : doctor ? doctor.verified === 1 : true} />
                <label for="f-verified">{t.adminText.verifiedLabel}</label>
              </div>
              <button type="submit">{doctor ? t.admin.save : t.adminText.makeDoctor}</button>
            </form>
          </>
        )}
      </AdminLayout>,
      opts.errors ? 400 : 200,
    );
  }

  app.get<{ Params: { id: string }; Querystring: { m?: string } }>('/admin/users/:id', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    return userPage(req, reply, idParam(req.params.id), { flash: req.query.m ? FLASH[req.query.m] : undefined });
  });

  app.post<{ Params: { id: string }; Body: Form }>('/admin/users/:id/role', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => setUserRole(trx, req.user, id, form.role));
      return reply.redirect(`/admin/users/${id}?m=role`, 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return userPage(req, reply, id, { form, which: 'role', errors: err.fields });
    }
  });

  app.post<{ Params: { id: string }; Body: Form }>('/admin/users/:id/doctor', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => makeDoctor(trx, req.user, id, form));
      return reply.redirect(`/admin/users/${id}?m=doctor`, 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return userPage(req, reply, id, { form, which: 'doctor', errors: err.fields });
    }
  });

  app.get<{ Querystring: { m?: string } }>('/admin/doctors', async (req, reply) => {
    if (!requireAdmin(req, reply)) return;
    const doctors = await listDoctorsForVerification(db, req.user);
    const ctx = await pageCtx(deps, req, reply);
    const unverified = doctors.filter((d) => d.verified !== 1);
    const verified = doctors.filter((d) => d.verified === 1);
    const Table = ({ rows, caption }: { rows: typeof doctors; caption: string }) => (
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.adminText.name}</th>
            <th scope="col">{t.adminText.department}</th>
            <th scope="col">{t.adminText.hospital}</th>
            <th scope="col">{t.adminText.account}</th>
            <th scope="col">{t.adminText.action}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr>
              <td>
                <a href={`/doctors/${d.id}`}>{d.name}</a>
              </td>
              <td>{d.department}</td>
              <td>{d.hospital}</td>
              <td>{d.email}</td>
              <td>
                <form method="post" action={`/admin/doctors/${d.id}/${d.verified === 1 ? 'unverify' : 'verify'}`} class="inline">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class={d.verified === 1 ? 'secondary' : undefined} aria-label={`${d.verified === 1 ? t.adminText.unverify : t.adminText.verify} ${d.name}`}>
                    {d.verified === 1 ? t.adminText.unverify : t.adminText.verify}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
    return sendPage(
      reply,
      <AdminLayout ctx={ctx} title={t.admin.doctors} flash={req.query.m ? FLASH[req.query.m] : undefined}>
        {unverified.length === 0 ? <p class="muted">{t.adminText.noneWaiting}</p> : <Table rows={unverified} caption={t.adminText.waiting} />}
        {verified.length > 0 && <Table rows={verified} caption={t.adminText.verifiedDoctors} />}
      </AdminLayout>,
    );
  });

  for (const [path, verified] of [['verify', true], ['unverify', false]] as const) {
    app.post<{ Params: { id: string } }>(`/admin/doctors/:id/${path}`, async (req, reply) => {
      if (!requireAdmin(req, reply)) return;
      await db.transaction().execute((trx) => setDoctorVerified(trx, req.user, idParam(req.params.id), verified));
      return reply.redirect(`/admin/doctors?m=${verified ? 'verified' : 'unverified'}`, 303);
    });
  }
}
