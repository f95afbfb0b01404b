import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx, pageParam } from '../http/page-context.js';
import { policy } from '../policies.js';
import { sendPage } from '../views/render.js';
import { listAudit, type AuditFilter } from './audit.js';
import { formOf, requireStaff, type Form } from './guard.js';
import { editQuestionAsModerator, heldQuestions, releaseWithReason, setVisibility, urgentQuestions, viewOriginal } from './questions.js';
import { openReports, resolveReport } from './reports.js';
import { findUsers, suspendUser, unsuspendUser } from './users.js';
import { AuditPage } from './views/audit-page.js';
import { ModerateQuestionPage, OriginalPage, type ModerateForm } from './views/question-page.js';
import { QueuePage, type QueueError } from './views/queue-page.js';
import { ModerationUsersPage } from './views/users-page.js';

type Req = FastifyRequest<{ Params: { id: string }; Body: Form }>;

const FLASH: Record<string, string> = {
  released: 'The question was released to the doctors.',
  resolved: 'The report was resolved.',
  hidden: 'The question is hidden.',
  unhidden: 'The question is visible again.',
  edited: 'The question was changed.',
  suspended: 'The account is suspended and signed out everywhere.',
  unsuspended: 'The suspension was lifted.',
};

/** Moderators and admins: the queue, actions on questions, reports and users, and the audit log. */
export async function moderationRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;
  const staff = (req: FastifyRequest, reply: FastifyReply) => requireStaff(req, reply, policy.moderate);

  async function queuePage(req: FastifyRequest, reply: FastifyReply, opts: { error?: QueueError; flash?: string; status?: number } = {}) {
    const [reports, urgent, held] = await Promise.all([openReports(db), urgentQuestions(db), heldQuestions(db)]);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <QueuePage ctx={ctx} data={{ reports, urgent, held }} error={opts.error} flash={opts.flash} />, opts.status ?? 200);
  }

  async function questionPage(req: FastifyRequest, reply: FastifyReply, id: number, opts: { form?: ModerateForm; errors?: Record<string, string>; flash?: string; status?: number } = {}) {
    const question = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!question) throw notFound('No such question');
    const [department, answers, reports, original] = await Promise.all([
      db.selectFrom('departments').select('name_en').where('id', '=', question.department_id).executeTakeFirstOrThrow(),
      db
        .selectFrom('answers')
        .innerJoin('doctors', 'doctors.id', 'answers.doctor_id')
        .select(['answers.id', 'answers.text', 'doctors.name as doctor'])
        .where('answers.question_id', '=', id)
        .orderBy('answers.id')
        .execute(),
      db.selectFrom('reports').select(['id', 'reason', 'details', 'created_at', 'answer_id']).where('question_id', '=', id).where('status', '=', 'open').execute(),
      db.selectFrom('question_originals').select('question_id').where('question_id', '=', id).executeTakeFirst(),
    ]);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <ModerateQuestionPage ctx={ctx} data={{ question, department: department.name_en, answers, reports, hasOriginal: !!original }} form={opts.form} errors={opts.errors} flash={opts.flash} />,
      opts.status ?? 200,
    );
  }

  app.get<{ Querystring: { m?: string } }>('/moderation', async (req, reply) => {
    if (!staff(req, reply)) return;
    return queuePage(req, reply, { flash: req.query.m ? FLASH[req.query.m] : undefined });
  });

  app.get<{ Params: { id: string }; Querystring: { m?: string } }>('/moderation/questions/:id', async (req, reply) => {
    if (!staff(req, reply)) return;
    return questionPage(req, reply, idParam(req.params.id), { flash: req.query.m ? FLASH[req.query.m] : undefined });
  });

  // Hide and unhide are posted from the public question page too, so success goes back there.
  for (const [path, hidden] of [['hide', true], ['unhide', false]] as const) {
    app.post<{ Params: { id: string }; Body: Form }>(`/moderation/questions/:id/${path}`, async (req, reply) => {
      if (!staff(req, reply)) return;
      const id = idParam(req.params.id);
      const form = formOf(req.body);
      try {
        await db.transaction().execute((trx) => setVisibility(trx, req.user, id, hidden, form.reason));
        return reply.redirect(`/moderation/questions/${id}?m=${hidden ? 'hidden' : 'unhidden'}`, 303);
      } catch (err) {
        if (!isValidationError(err)) throw err;
        return questionPage(req, reply, id, { form: { form: path, reason: form.reason }, errors: err.fields, status: 400 });
      }
    });
  }

  app.post('/moderation/questions/:id/release', async (req: Req, reply) => {
    if (!staff(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => releaseWithReason(trx, req.user, id, form.reason));
      return reply.redirect('/moderation?m=released', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return queuePage(req, reply, { error: { form: `release-${id}`, reason: form.reason, message: err.fields?.reason ?? err.message }, status: 400 });
    }
  });

  app.post('/moderation/questions/:id/edit', async (req: Req, reply) => {
    if (!staff(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    try {
      await db.transaction().execute((trx) => editQuestionAsModerator(trx, req.user, id, form));
      return reply.redirect(`/moderation/questions/${id}?m=edited`, 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return questionPage(req, reply, id, { form: { form: 'edit', title: form.title, body: form.body, reason: form.reason }, errors: err.fields, status: 400 });
    }
  });

  app.get('/moderation/questions/:id/original', async (req: Req, reply) => {
    if (!staff(req, reply)) return;
    const q = await db.selectFrom('questions').select(['id', 'title']).where('id', '=', idParam(req.params.id)).executeTakeFirst();
    if (!q) throw notFound('No such question');
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <OriginalPage ctx={ctx} question={q} />);
  });

  // A POST, not a GET: looking is an audited act with a reason, and must not happen by prefetch or a stray link.
  app.post('/moderation/questions/:id/original', async (req: Req, reply) => {
    if (!staff(req, reply)) return;
    const form = formOf(req.body);
    const q = await db.selectFrom('questions').select(['id', 'title']).where('id', '=', idParam(req.params.id)).executeTakeFirst();
    if (!q) throw notFound('No such question');
    const ctx = await pageCtx(deps, req, reply);
    try {
      const original = await viewOriginal(db, req.user, q.id, form.reason);
      reply.header('cache-control', 'no-store');
      return sendPage(reply, <OriginalPage ctx={ctx} question={q} original={original} />);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return sendPage(reply, <OriginalPage ctx={ctx} question={q} reason={form.reason} error={err.fields?.reason} />, 400);
    }
  });

  app.post('/moderation/reports/:id/resolve', async (req: Req, reply) => {
    if (!staff(req, reply)) return;
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    // Resolved from the queue or from the question's own moderation page: go back where the moderator was.
    const fromQuestion = form.from === 'question' ? (await db.selectFrom('reports').select('question_id').where('id', '=', id).executeTakeFirst())?.question_id : undefined;
    try {
      await db.transaction().execute((trx) => resolveReport(trx, req.user, id, form.reason ?? ''));
      return reply.redirect(fromQuestion ? `/moderation/questions/${fromQuestion}?m=resolved` : '/moderation?m=resolved', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      if (fromQuestion) return questionPage(req, reply, fromQuestion, { form: { form: `report-${id}`, reason: form.reason }, errors: err.fields, status: 400 });
      return queuePage(req, reply, { error: { form: `report-${id}`, reason: form.reason, message: err.fields?.reason ?? err.message }, status: 400 });
    }
  });

  async function usersPage(req: FastifyRequest, reply: FastifyReply, email: string, opts: { userId?: number; error?: { userId: number; reason?: string; message: string }; flash?: string; status?: number } = {}) {
    const users = opts.userId ? await db.selectFrom('users').selectAll().where('id', '=', opts.userId).execute() : await findUsers(db, req.user, email);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <ModerationUsersPage ctx={ctx} email={email} users={users} error={opts.error} flash={opts.flash} />, opts.status ?? 200);
  }

  app.get<{ Querystring: { email?: string; id?: string; m?: string } }>('/moderation/users', async (req, reply) => {
    if (!staff(req, reply)) return;
    const userId = req.query.id && /^\d{1,10}$/.test(req.query.id) ? Number(req.query.id) : undefined;
    return usersPage(req, reply, String(req.query.email ?? '').slice(0, 254), { userId, flash: req.query.m ? FLASH[req.query.m] : undefined });
  });

  for (const [path, suspend] of [['suspend', true], ['unsuspend', false]] as const) {
    app.post<{ Params: { id: string }; Body: Form }>(`/moderation/users/:id/${path}`, async (req, reply) => {
      if (!staff(req, reply)) return;
      const id = idParam(req.params.id);
      const form = formOf(req.body);
      try {
        await db.transaction().execute((trx) => (suspend ? suspendUser : unsuspendUser)(trx, req.user, id, form.reason));
        return reply.redirect(`/moderation/users?id=${id}&m=${suspend ? 'suspended' : 'unsuspended'}`, 303);
      } catch (err) {
        if (!isValidationError(err)) throw err;
        return usersPage(req, reply, '', { userId: id, error: { userId: id, reason: form.reason, message: err.fields?.reason ?? err.message }, status: 400 });
      }
    });
  }

  app.get<{ Querystring: { page?: string; action?: string; targetType?: string; targetId?: string } }>('/moderation/audit', async (req, reply) => {
    if (!staff(req, reply)) return;
    const clean = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined);
    const filter: AuditFilter = { action: clean(req.query.action), targetType: clean(req.query.targetType), targetId: clean(req.query.targetId) };
    const page = pageParam(req.query.page);
    const result = await listAudit(db, filter, page);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <AuditPage ctx={ctx} result={result} filter={filter} page={page} />);
  });
}
