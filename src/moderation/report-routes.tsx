import type { FastifyInstance } from 'fastify';
import { honeypotFilled } from '../accounts/routes.js';
import { doctorForUser } from '../answers/doctors.js';
import type { AppDeps } from '../context.js';
import type { User } from '../db/schema.js';
import { notFound } from '../errors.js';
import { idParam, isValidationError, pageCtx } from '../http/page-context.js';
import { policy } from '../policies.js';
import { loadQuestion } from '../questions/reading.js';
import { writeLimit } from '../questions/routes.js';
import { sendPage } from '../views/render.js';
import { formOf } from './guard.js';
import { fileReport } from './reports.js';
import { ReportPage } from './views/report-page.js';

/** "Report" on every question and answer: open to anyone who can read the question, signed in or not. */
export async function reportRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;

  async function visibleQuestion(req: { user: User | null }, id: number) {
    const q = await loadQuestion(db, id);
    if (!q || !policy.viewQuestion(req.user, await doctorForUser(db, req.user), q)) throw notFound('No such question');
    return q;
  }

  app.get<{ Params: { id: string }; Querystring: { answer?: string; sent?: string } }>('/questions/:id/report', async (req, reply) => {
    const q = await visibleQuestion(req, idParam(req.params.id));
    const answer = req.query.answer && /^\d{1,10}$/.test(req.query.answer) ? req.query.answer : undefined;
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <ReportPage ctx={ctx} question={q} form={{ answer }} sent={req.query.sent === '1'} />);
  });

  app.post<{ Params: { id: string } }>('/questions/:id/report', { config: writeLimit(deps, 10, '1 hour') }, async (req, reply) => {
    const id = idParam(req.params.id);
    const form = formOf(req.body);
    // A bot that fills the honeypot is thanked like anyone else and nothing is stored.
    if (honeypotFilled(form)) return reply.redirect(`/questions/${id}/report?sent=1`, 303);
    try {
      await fileReport(db, req.user, id, form);
      return reply.redirect(`/questions/${id}/report?sent=1`, 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      const q = await visibleQuestion(req, id);
      const ctx = await pageCtx(deps, req, reply);
      const kept = { reason: form.reason, details: form.details, answer: form.answer && /^\d{1,10}$/.test(form.answer) ? form.answer : undefined };
      return sendPage(reply, <ReportPage ctx={ctx} question={q} form={kept} errors={err.fields} />, 400);
    }
  });
}
