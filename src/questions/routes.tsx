import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import type { Question } from '../db/schema.js';
import { doctorForUser } from '../answers/doctors.js';
import { answerQuestion } from '../answers/answering.js';
import { DomainError, notFound, unauthorized } from '../errors.js';
import { policy } from '../policies.js';
import { ensureRelated } from '../related/ensure.js';
import { DEFAULT_EMERGENCY_NUMBERS, emergencyGuidance, triage } from '../safety/index.js';
import { idParam, pageCtx } from '../http/page-context.js';
import { sendPage } from '../views/render.js';
import { askQuestion } from './asking.js';
import { toApiQuestion } from './api-view.js';
import { loadQuestion, loadQuestionView } from './reading.js';
import { slugify } from './text.js';
import { QuestionPage } from './views/question-page.js';
import { z } from 'zod';

export function writeLimit(deps: AppDeps, max: number, timeWindow = '1 minute') {
  return { rateLimit: { max, timeWindow, keyGenerator: (req: { user: { id: number } | null; ip: string }) => (req.user ? `u${req.user.id}` : req.ip) } };
}

/**
 * The question's view, with Similar Q&A and Related FAQ computed first if the enrichment job has
 * not stored them yet. Only a view without Similar Q&A needs that check (two more reads): on a
 * site whose enrichment has caught up that is the rare question with nothing similar.
 */
async function loadViewWithRelated(deps: AppDeps, q: Question) {
  const view = await loadQuestionView(deps.database.db, q);
  if (view.similar.length || !(await ensureRelated(deps, q))) return view;
  return loadQuestionView(deps.database.db, q);
}

export async function questionRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;
  const emergencyNumbers = deps.config.emergencyNumbers ?? DEFAULT_EMERGENCY_NUMBERS;

  app.get<{ Params: { id: string; slug?: string }; Querystring: { flash?: string } }>('/questions/:id/:slug?', async (req, reply) => {
    const id = idParam(req.params.id);
    const q = await loadQuestion(db, id);
    if (!q) throw notFound('No such question');
    const doctor = await doctorForUser(db, req.user);
    if (!policy.viewQuestion(req.user, doctor, q)) throw notFound('No such question');
    const slug = slugify(q.headline ?? q.title);
    const canonicalPath = `/questions/${q.id}/${encodeURIComponent(slug)}`;
    if (req.params.slug !== undefined && decodeURIComponent(req.params.slug) !== slug) return reply.redirect(canonicalPath, 301);
    const view = await loadViewWithRelated(deps, q);
    const ctx = await pageCtx(deps, req, reply);
    const flashes: Record<string, string> = {
      answered: 'Your answer is published.',
      asked: 'Your question was sent. A doctor of the department will answer it; we will let you know.',
      held: 'Your question was sent. As it is your first, a moderator checks it before doctors see it.',
      edited: 'Your changes are saved.',
    };
    return sendPage(
      reply,
      <QuestionPage
        ctx={ctx}
        view={view}
        opts={{
          canonicalPath,
          canReview: policy.reviewEnrichment(req.user, doctor, q),
          canAnswer: policy.answer(req.user, doctor, q),
          canModerate: policy.moderate(req.user),
          isAsker: !!req.user && req.user.id === q.asker_user_id,
          emergencyNumbers,
          flash: req.query.flash ? flashes[req.query.flash] : undefined,
        }}
      />,
    );
  });

  // ---- JSON API (bearer tokens; see CONTRACTS.md) ----

  app.get<{ Querystring: { externalId?: string } }>('/api/questions', async (req) => {
    const externalId = req.query.externalId;
    if (!externalId) throw new DomainError('validation', 'Give externalId', { externalId: 'required' });
    const q = await db.selectFrom('questions').selectAll().where('external_id', '=', externalId).executeTakeFirst();
    const doctor = await doctorForUser(db, req.user);
    if (!q || !policy.viewQuestion(req.user, doctor, q)) throw notFound('No question with that external id');
    return toApiQuestion(await loadViewWithRelated(deps, q));
  });

  app.get<{ Params: { id: string } }>('/api/questions/:id', async (req) => {
    const q = await loadQuestion(db, idParam(req.params.id));
    const doctor = await doctorForUser(db, req.user);
    if (!q || !policy.viewQuestion(req.user, doctor, q)) throw notFound('No such question');
    return toApiQuestion(await loadViewWithRelated(deps, q));
  });

  app.post('/api/questions', { config: writeLimit(deps, 10, '1 hour') }, async (req, reply) => {
    if (!req.user) throw unauthorized('Send a bearer token of a patient account');
    const r = await db.transaction().execute((trx) => askQuestion(trx, deps, req.user, req.body));
    return reply.code(201).send({ id: r.question.id, status: r.question.status, urgent: r.triage.emergency, categories: r.triage.categories });
  });

  app.post<{ Params: { id: string } }>('/api/questions/:id/answers', { config: writeLimit(deps, 30) }, async (req, reply) => {
    if (!req.user) throw unauthorized('Send a bearer token of a doctor account');
    const answer = await answerQuestion(deps.database, deps.config, req.user, idParam(req.params.id), req.body);
    return reply.code(201).send({ id: answer.id, questionId: answer.question_id, answeredAt: answer.answered_at });
  });

  const triageBody = z.object({ text: z.string().max(20_000), lang: z.enum(['en', 'zh-Hant', 'zh-Hans']).optional() });
  // Called while a patient types: generous, but still bounded per address.
  app.post('/api/triage', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } }, async (req) => {
    const parsed = triageBody.safeParse(req.body);
    if (!parsed.success) throw new DomainError('validation', 'Send JSON {text, lang?}', { text: 'required, at most 20,000 characters' });
    const r = triage(parsed.data.text, parsed.data.lang);
    // Guidance travels with the verdict so the ask form's script shows the operator's own numbers.
    return r.emergency ? { ...r, guidance: emergencyGuidance(r.categories, [...emergencyNumbers]), numbers: emergencyNumbers } : r;
  });
}
