import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { honeypotFilled } from '../accounts/routes.js';
import { listDepartments } from '../departments/repository.js';
import { forbidden, notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx, requireSignIn } from '../http/page-context.js';
import { policy } from '../policies.js';
import { DEFAULT_EMERGENCY_NUMBERS, triage } from '../safety/index.js';
import { sendPage } from '../views/render.js';
import { askQuestion, previewPublication } from './asking.js';
import { editOwnQuestion, withdrawOwnQuestion } from './editing.js';
import { loadQuestion } from './reading.js';
import { AskPage, type AskForm } from './views/ask-page.js';
import { writeLimit } from './routes.js';
import { lookAlike } from './look-alike.js';

export async function askRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;
  const numbers = deps.config.emergencyNumbers ?? DEFAULT_EMERGENCY_NUMBERS;

  app.get<{ Querystring: { department?: string } }>('/ask', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    if (!policy.ask(req.user)) throw forbidden('Questions are asked from a patient account. Doctors and moderators answer and review them.');
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <AskPage ctx={ctx} departments={await listDepartments(db)} form={{ department: req.query.department }} mustVerify={!req.user!.email_verified_at} />);
  });

  app.post<{ Body: AskForm & { intent?: string } }>('/ask', { config: writeLimit(deps, 10, '1 hour') }, async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    if (honeypotFilled(req.body)) return reply.redirect('/', 303);
    const form = req.body ?? {};
    const departments = await listDepartments(db);
    const ctx = await pageCtx(deps, req, reply);
    const text = `${form.title ?? ''}\n${form.body ?? ''}`;
    const red = triage(text);
    const emergency = red.emergency ? { categories: red.categories, numbers } : undefined;
    const similar = await lookAlike(deps, text, 5);
    const rerender = (status: number, extra: object = {}) =>
      sendPage(
        reply,
        <AskPage ctx={ctx} departments={departments} form={form} mustVerify={!req.user!.email_verified_at} emergency={emergency} lookAlike={similar} {...extra} />,
        status,
      );
    if (form.intent === 'preview') {
      const pub = previewPublication(form.title ?? '', form.body ?? '');
      return rerender(200, { preview: { title: pub.title, body: pub.body, redactions: pub.redactions.length } });
    }
    try {
      const r = await db.transaction().execute((trx) => askQuestion(trx, deps, req.user, form));
      return reply.redirect(`/questions/${r.question.id}?flash=${r.question.status === 'held' ? 'held' : 'asked'}`, 303);
    } catch (err) {
      if (isValidationError(err)) return rerender(400, { errors: err.fields });
      if (err instanceof Error && 'code' in err && (err as any).code === 'forbidden' && !req.user!.email_verified_at) return rerender(403, { errors: { body: err.message } });
      throw err;
    }
  });

  // Enhancement for the ask form: answered questions that look like what is being typed.
  app.get<{ Querystring: { text?: string } }>('/api/look-alike', async (req) => {
    return { results: await lookAlike(deps, String(req.query.text ?? '').slice(0, 5000), 5) };
  });

  app.get<{ Params: { id: string } }>('/questions/:id/edit', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const q = await loadQuestion(db, idParam(req.params.id));
    if (!q) throw notFound();
    if (!policy.editOwnQuestion(req.user, q)) throw forbidden('You can edit a question only until a doctor answers it.');
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <AskPage ctx={ctx} departments={[]} form={{ title: q.title, body: q.body }} mustVerify={false} action={`/questions/${q.id}/edit`} heading="Edit your question" />);
  });

  app.post<{ Params: { id: string }; Body: AskForm & { intent?: string } }>('/questions/:id/edit', { config: writeLimit(deps, 20, '1 hour') }, async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    const id = idParam(req.params.id);
    const form = req.body ?? {};
    const ctx = await pageCtx(deps, req, reply);
    const page = (status: number, extra: object) =>
      sendPage(reply, <AskPage ctx={ctx} departments={[]} form={form} mustVerify={false} action={`/questions/${id}/edit`} heading="Edit your question" {...extra} />, status);
    if (form.intent === 'preview') {
      const pub = previewPublication(form.title ?? '', form.body ?? '');
      return page(200, { preview: { title: pub.title, body: pub.body, redactions: pub.redactions.length } });
    }
    try {
      await editOwnQuestion(db, req.user, id, form);
      return reply.redirect(`/questions/${id}?flash=edited`, 303);
    } catch (err) {
      if (isValidationError(err)) return page(400, { errors: err.fields });
      throw err;
    }
  });

  app.post<{ Params: { id: string } }>('/questions/:id/withdraw', async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    await withdrawOwnQuestion(db, req.user, idParam(req.params.id));
    return reply.redirect('/me?m=withdrawn', 303);
  });
}
