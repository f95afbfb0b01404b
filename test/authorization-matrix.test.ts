import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient, buildQuestion, buildStaff, PASSWORD } from './helpers/factories.js';
import { insertUser } from '../src/accounts/users.js';
import { findDepartmentBySlug } from '../src/departments/repository.js';
import { slugify } from '../src/questions/text.js';

/*
 * Every route the application registers × every kind of visitor, with the
 * exact outcome each one must get. The table is written out by hand on
 * purpose: it is the specification. A route that is registered but missing
 * from the table fails the test, so new routes must state who may use them.
 *
 * Outcomes: a status code, or SIGNIN (303 to /sign-in). 303 means the action
 * succeeded and redirected somewhere else. Requests carry valid input, so an
 * allowed action succeeds; each cell gets fresh questions so no cell depends
 * on another.
 */

const ROLES = ['anon', 'patient', 'other', 'deptDoc', 'otherDoc', 'mod', 'admin'] as const;
type Role = (typeof ROLES)[number];
const SIGNIN = 'signin';
type Outcome = number | typeof SIGNIN;

interface Row {
  method: 'GET' | 'POST';
  /** The route as registered (Fastify notation). */
  route: string;
  /** What the row exercises, for failure messages. */
  what: string;
  /** The concrete request, built from fresh fixtures for each cell. */
  path: (f: Fixture) => Promise<string> | string;
  body?: (f: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** API routes authenticate with the role's bearer token instead of the session cookie. */
  api?: boolean;
  //      anon     patient  other  deptDoc otherDoc  mod   admin
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** The request ends the role's session: sign in again afterwards. */
  signsOut?: boolean;
}

let site: TestSite;
const people = {} as Record<Exclude<Role, 'anon'>, { id: number; email: string; token: string; doctorId?: number }>;
const clients = {} as Record<Role, Client>;
/** One CSRF token per client: it stays valid for that client's cookie, so forms need not be fetched before every POST. */
const csrf = {} as Record<Role, string>;
async function refreshCsrf(role: Role) {
  const page = await clients[role].get('/sign-in');
  csrf[role] = page.text_.match(/name="_csrf" value="([^"]+)"/)![1];
}
let seq = 0;

/** Fresh, lazily created objects for one cell. "patient" asks every question; "deptDoc" answers in neurology. */
class Fixture {
  private cache = new Map<string, Promise<any>>();
  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key)!;
  }
  private question(status: 'pending' | 'published' | 'held' | 'hidden') {
    return this.once(`q-${status}`, () =>
      buildQuestion(site.rt, {
        title: `Matrix ${status} question ${++seq}`,
        department: 'neurology',
        status,
        answer: status === 'pending' || status === 'held' ? null : 'Twitching like this is common and usually harmless; see a doctor if it spreads.',
        doctorId: people.deptDoc.doctorId,
        askerUserId: people.patient.id,
        externalId: status === 'published' ? `matrix-${process.pid}-${seq}` : undefined,
      }),
    );
  }
  pending = () => this.question('pending').then((q) => q.id as number);
  held = () => this.question('held').then((q) => q.id as number);
  hidden = () => this.question('hidden').then((q) => q.id as number);
  publishedRow = () => this.question('published');
  published = () => this.publishedRow().then((q) => q.id as number);
  withMoreInfo = () =>
    this.once('more-info', async () => {
      const id = await this.published();
      const now = new Date().toISOString();
      await site.rt.database.db
        .insertInto('more_info')
        .values({ question_id: id, text: 'Eyelid twitching is usually harmless [1].', sources: JSON.stringify([{ n: 1, title: 'Source', url: 'https://example.org' }]), provider: 'test', generated_at: now, edited_at: null, edited_by: null, reviewed_at: null, reviewed_by: null, hidden: 0 })
        .execute();
      return id;
    });
  answerOfPublished = () =>
    this.once('answer', async () => (await site.rt.database.db.selectFrom('answers').select('id').where('question_id', '=', await this.published()).executeTakeFirstOrThrow()).id);
  report = () =>
    this.once('report', async () => {
      const r = await site.rt.database.db
        .insertInto('reports')
        .values({ question_id: await this.published(), answer_id: null, reporter_user_id: null, reason: 'spam', details: '', status: 'open', resolved_by: null, resolved_at: null, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    });
  faq = () =>
    this.once('faq', async () => {
      const now = new Date().toISOString();
      const r = await site.rt.database.db
        .insertInto('faqs')
        .values({ external_id: null, source: 'test', focus: 'Tremor', qtype: 'information', question: `What is tremor ${++seq}?`, answer: 'A tremor is an involuntary rhythmic shaking of part of the body.', url: null, lang: 'en', license: null, search_text: 'tremor', created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    });
  user = (role: 'patient' | 'moderator', suspended = false) =>
    this.once(`user-${role}-${suspended}`, async () => {
      const u = await insertUser(site.rt.database.db, { email: `matrix-${role}-${++seq}@example.test`, password: PASSWORD, role, displayName: 'Target', verified: true });
      if (suspended) await site.rt.database.db.updateTable('users').set({ suspended_at: new Date().toISOString(), suspended_reason: 'test' }).where('id', '=', u.id).execute();
      return u.id;
    });
  unverifiedDoctor = () => this.once('unverified', async () => (await buildDoctor(site.rt, { department: 'neurology', verified: false })).doctor.id);
  verifiedDoctor = () => this.once('verified', async () => (await buildDoctor(site.rt, { department: 'neurology' })).doctor.id);
  department = () => this.once('dept', async () => (await findDepartmentBySlug(site.rt.database.db, 'nutrition'))!);
}

const askForm = { department: 'neurology', title: 'Hand tremor when holding a cup', body: 'For two months my right hand shakes a little when I hold a cup of tea.', displayName: 'Teacup', ageRange: '40~49', sex: 'female', consent: 'on' };
const answerText = 'A mild tremor when holding things is common; caffeine and stress make it worse. See a neurologist if it gets worse.';
const reason = { reason: 'Authorisation matrix' };

// prettier-ignore
const ROWS: Row[] = [
  //                                                                                                    anon    patient other deptDoc otherDoc mod  admin
  // ---- public pages ----
  { method: 'GET', route: '/', what: 'home', path: () => '/',                                           expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/departments', what: 'department list', path: () => '/departments',          expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/departments/:slug', what: 'department page', path: () => '/departments/neurology', expect: [200, 200, 200, 200,   200,     200, 200] },
  { method: 'GET', route: '/search', what: 'search', path: () => '/search?q=tremor',                    expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/faq', what: 'FAQ list', path: () => '/faq',                                 expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/faq/:id', what: 'FAQ entry', path: async (f) => `/faq/${await f.faq()}`,    expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/privacy', what: 'privacy policy', path: () => '/privacy',                   expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/terms', what: 'terms', path: () => '/terms',                                expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/healthz', what: 'health', path: () => '/healthz',                           expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/readyz', what: 'readiness', path: () => '/readyz',                          expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/metrics', what: 'metrics', path: () => '/metrics',                          expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/robots.txt', what: 'robots', path: () => '/robots.txt',                     expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/sitemap.xml', what: 'sitemap', path: () => '/sitemap.xml',                  expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'GET', route: '/doctors/:id', what: 'doctor profile', path: () => `/doctors/${people.deptDoc.doctorId}`, expect: [200, 200, 200, 200,  200,     200, 200] },

  // ---- the question page ----
  { method: 'GET', route: '/questions/:id', what: 'published question', path: async (f) => `/questions/${await f.published()}`, expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/questions/:id/:slug', what: 'published, canonical slug', path: async (f) => `/questions/${await f.published()}/${slugify((await f.publishedRow()).title)}`, expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/questions/:id/:slug', what: 'published, wrong slug', path: async (f) => `/questions/${await f.published()}/wrong`, expect: [301, 301, 301, 301, 301, 301, 301] },
  { method: 'GET', route: '/questions/:id', what: 'pending question', path: async (f) => `/questions/${await f.pending()}`, expect: [404, 200, 404, 200, 404, 200, 200] },
  { method: 'GET', route: '/questions/:id', what: 'held question', path: async (f) => `/questions/${await f.held()}`,       expect: [404, 200, 404, 404, 404, 200, 200] },
  { method: 'GET', route: '/questions/:id', what: 'hidden question', path: async (f) => `/questions/${await f.hidden()}`,   expect: [404, 200, 404, 404, 404, 200, 200] },

  // ---- asking, editing, withdrawing ----
  { method: 'GET', route: '/ask', what: 'ask form', path: () => '/ask',                                 expect: [SIGNIN, 200,   200,  403,    403,     403, 403] },
  { method: 'POST', route: '/ask', what: 'ask', path: () => '/ask', body: () => askForm,                expect: [SIGNIN, 303,   303,  403,    403,     403, 403] },
  { method: 'GET', route: '/questions/:id/edit', what: 'edit form, pending', path: async (f) => `/questions/${await f.pending()}/edit`, expect: [SIGNIN, 200, 403, 403, 403, 403, 403] },
  { method: 'GET', route: '/questions/:id/edit', what: 'edit form, answered', path: async (f) => `/questions/${await f.published()}/edit`, expect: [SIGNIN, 403, 403, 403, 403, 403, 403] },
  { method: 'POST', route: '/questions/:id/edit', what: 'edit, pending', path: async (f) => `/questions/${await f.pending()}/edit`, body: () => ({ title: askForm.title, body: askForm.body }), expect: [SIGNIN, 303, 403, 403, 403, 403, 403] },
  { method: 'POST', route: '/questions/:id/withdraw', what: 'withdraw, pending', path: async (f) => `/questions/${await f.pending()}/withdraw`, expect: [SIGNIN, 303, 403, 403, 403, 403, 403] },
  { method: 'POST', route: '/questions/:id/withdraw', what: 'withdraw, answered', path: async (f) => `/questions/${await f.published()}/withdraw`, expect: [SIGNIN, 403, 403, 403, 403, 403, 403] },

  // ---- doctors ----
  { method: 'GET', route: '/doctor/queue', what: 'doctor queue', path: () => '/doctor/queue',          expect: [SIGNIN, 403,   403,  200,    200,     403, 403] },
  { method: 'GET', route: '/doctor/questions/:id/answer', what: 'answer editor', path: async (f) => `/doctor/questions/${await f.pending()}/answer`, expect: [SIGNIN, 403, 403, 200, 403, 403, 403] },
  { method: 'POST', route: '/doctor/questions/:id/answer', what: 'answer', path: async (f) => `/doctor/questions/${await f.pending()}/answer`, body: () => ({ text: answerText, intent: 'publish' }), expect: [SIGNIN, 403, 403, 303, 403, 403, 403] },
  { method: 'POST', route: '/doctor/questions/:id/move', what: 'move', path: async (f) => `/doctor/questions/${await f.pending()}/move`, body: () => ({ department: 'cardiology', reason: 'misfiled' }), expect: [SIGNIN, 403, 403, 303, 403, 303, 303] },
  { method: 'GET', route: '/doctor/questions/:id/more-info', what: 'More Info review', path: async (f) => `/doctor/questions/${await f.withMoreInfo()}/more-info`, expect: [SIGNIN, 403, 403, 200, 403, 403, 403] },
  { method: 'POST', route: '/doctor/questions/:id/more-info', what: 'approve More Info', path: async (f) => `/doctor/questions/${await f.withMoreInfo()}/more-info`, body: () => ({ action: 'approve' }), expect: [SIGNIN, 403, 403, 303, 403, 403, 403] },

  // ---- reporting (open to every reader of the question) ----
  { method: 'GET', route: '/questions/:id/report', what: 'report form', path: async (f) => `/questions/${await f.published()}/report`, expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/questions/:id/report', what: 'report form, pending', path: async (f) => `/questions/${await f.pending()}/report`, expect: [404, 200, 404, 200, 404, 200, 200] },
  { method: 'POST', route: '/questions/:id/report', what: 'report an answer', path: async (f) => `/questions/${await f.published()}/report`, body: async (f) => ({ reason: 'misinformation', answer: String(await f.answerOfPublished()) }), expect: [303, 303, 303, 303, 303, 303, 303] },

  // ---- moderation ----
  { method: 'GET', route: '/moderation', what: 'moderation queue', path: () => '/moderation',          expect: [SIGNIN, 403,   403,  403,    403,     200, 200] },
  { method: 'GET', route: '/moderation/questions/:id', what: 'moderate question', path: async (f) => `/moderation/questions/${await f.held()}`, expect: [SIGNIN, 403, 403, 403, 403, 200, 200] },
  { method: 'POST', route: '/moderation/questions/:id/hide', what: 'hide', path: async (f) => `/moderation/questions/${await f.published()}/hide`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'POST', route: '/moderation/questions/:id/unhide', what: 'unhide', path: async (f) => `/moderation/questions/${await f.hidden()}/unhide`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'POST', route: '/moderation/questions/:id/release', what: 'release held', path: async (f) => `/moderation/questions/${await f.held()}/release`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'POST', route: '/moderation/questions/:id/edit', what: 'moderator edit', path: async (f) => `/moderation/questions/${await f.published()}/edit`, body: () => ({ title: 'Edited by a moderator', body: 'My eyelid has been twitching for two weeks, on and off.', ...reason }), expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'GET', route: '/moderation/questions/:id/original', what: 'original: ask', path: async (f) => `/moderation/questions/${await f.published()}/original`, expect: [SIGNIN, 403, 403, 403, 403, 200, 200] },
  { method: 'POST', route: '/moderation/questions/:id/original', what: 'original: view', path: async (f) => `/moderation/questions/${await f.published()}/original`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 200, 200] },
  { method: 'POST', route: '/moderation/reports/:id/resolve', what: 'resolve report', path: async (f) => `/moderation/reports/${await f.report()}/resolve`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'GET', route: '/moderation/users', what: 'user lookup', path: () => '/moderation/users?email=example', expect: [SIGNIN, 403, 403, 403, 403, 200, 200] },
  { method: 'POST', route: '/moderation/users/:id/suspend', what: 'suspend a patient', path: async (f) => `/moderation/users/${await f.user('patient')}/suspend`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'POST', route: '/moderation/users/:id/suspend', what: 'suspend a moderator', path: async (f) => `/moderation/users/${await f.user('moderator')}/suspend`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'POST', route: '/moderation/users/:id/unsuspend', what: 'lift a suspension', path: async (f) => `/moderation/users/${await f.user('patient', true)}/unsuspend`, body: () => reason, expect: [SIGNIN, 403, 403, 403, 403, 303, 303] },
  { method: 'GET', route: '/moderation/audit', what: 'audit log', path: () => '/moderation/audit',     expect: [SIGNIN, 403,   403,  403,    403,     200, 200] },

  // ---- admin ----
  { method: 'GET', route: '/admin', what: 'admin home', path: () => '/admin',                          expect: [SIGNIN, 403,   403,  403,    403,     403, 200] },
  { method: 'GET', route: '/admin/departments', what: 'departments', path: () => '/admin/departments', expect: [SIGNIN, 403,   403,  403,    403,     403, 200] },
  { method: 'GET', route: '/admin/departments/:id', what: 'department form', path: async (f) => `/admin/departments/${(await f.department()).id}`, expect: [SIGNIN, 403, 403, 403, 403, 403, 200] },
  { method: 'POST', route: '/admin/departments/:id', what: 'edit department', path: async (f) => `/admin/departments/${(await f.department()).id}`, body: async (f) => ({ name_en: (await f.department()).name_en, name_zh: (await f.department()).name_zh, description: 'Food and health.' }), expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'GET', route: '/admin/users', what: 'users', path: () => '/admin/users?email=matrix',      expect: [SIGNIN, 403,   403,  403,    403,     403, 200] },
  { method: 'GET', route: '/admin/users/:id', what: 'user page', path: async (f) => `/admin/users/${await f.user('patient')}`, expect: [SIGNIN, 403, 403, 403, 403, 403, 200] },
  { method: 'POST', route: '/admin/users/:id/role', what: 'change role', path: async (f) => `/admin/users/${await f.user('patient')}/role`, body: () => ({ role: 'moderator' }), expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'POST', route: '/admin/users/:id/doctor', what: 'make doctor', path: async (f) => `/admin/users/${await f.user('patient')}/doctor`, body: () => ({ name: 'Dr. Matrix', department: 'neurology', hospital: 'Matrix Hospital', verified: 'on' }), expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'GET', route: '/admin/doctors', what: 'doctor verification', path: () => '/admin/doctors', expect: [SIGNIN, 403,   403,  403,    403,     403, 200] },
  { method: 'POST', route: '/admin/doctors/:id/verify', what: 'verify doctor', path: async (f) => `/admin/doctors/${await f.unverifiedDoctor()}/verify`, expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'POST', route: '/admin/doctors/:id/unverify', what: 'unverify doctor', path: async (f) => `/admin/doctors/${await f.verifiedDoctor()}/unverify`, expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'GET', route: '/admin/faqs', what: 'FAQ admin', path: () => '/admin/faqs',                 expect: [SIGNIN, 403,   403,  403,    403,     403, 200] },
  { method: 'GET', route: '/admin/faqs/:id', what: 'FAQ form', path: async (f) => `/admin/faqs/${await f.faq()}`, expect: [SIGNIN, 403, 403, 403, 403, 403, 200] },
  { method: 'POST', route: '/admin/faqs/:id', what: 'edit FAQ', path: async (f) => `/admin/faqs/${await f.faq()}`, body: () => ({ question: 'What is a tremor?', answer: 'A tremor is an involuntary rhythmic shaking of part of the body.', focus: 'Tremor', url: '' }), expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'POST', route: '/admin/faqs/:id/delete', what: 'delete FAQ', path: async (f) => `/admin/faqs/${await f.faq()}/delete`, expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'GET', route: '/admin/pages', what: 'site pages', path: () => '/admin/pages',              expect: [SIGNIN, 403,   403,  403,    403,     403, 200] },
  { method: 'GET', route: '/admin/pages/:key', what: 'site page form', path: () => '/admin/pages/terms', expect: [SIGNIN, 403,  403,  403,    403,     403, 200] },
  { method: 'POST', route: '/admin/pages/:key', what: 'edit site page', path: () => '/admin/pages/terms', body: () => ({ title: 'Terms of use', body: 'No diagnosis online. Posts are public under your pseudonym.' }), expect: [SIGNIN, 403, 403, 403, 403, 403, 303] },
  { method: 'GET', route: '/admin/enrichment', what: 'enrichment status', path: () => '/admin/enrichment', expect: [SIGNIN, 403, 403, 403,    403,     403, 200] },

  // ---- accounts and the signed-in user's own pages ----
  { method: 'GET', route: '/sign-in', what: 'sign-in form', path: () => '/sign-in',                    expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'POST', route: '/sign-in', what: 'sign-in, wrong password', path: () => '/sign-in', body: () => ({ email: 'nobody@example.test', password: 'wrong password' }), expect: [400, 400, 400, 400, 400, 400, 400] },
  { method: 'GET', route: '/sign-up', what: 'sign-up form', path: () => '/sign-up',                    expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'POST', route: '/sign-up', what: 'sign-up, invalid', path: () => '/sign-up', body: () => ({ email: 'not-an-email', password: 'short', displayName: 'x' }), expect: [400, 400, 400, 400, 400, 400, 400] },
  { method: 'POST', route: '/sign-out', what: 'sign out', path: () => '/sign-out', signsOut: true,     expect: [303,   303,    303,  303,    303,     303, 303] },
  { method: 'GET', route: '/verify-email', what: 'verify, bad token', path: () => '/verify-email?token=nope', expect: [400, 400, 400, 400,  400,     400, 400] },
  { method: 'POST', route: '/verify-email/resend', what: 'resend verification', path: () => '/verify-email/resend', expect: [SIGNIN, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/forgot-password', what: 'forgot form', path: () => '/forgot-password',     expect: [200,   200,    200,  200,    200,     200, 200] },
  { method: 'POST', route: '/forgot-password', what: 'request reset', path: () => '/forgot-password', body: () => ({ email: 'nobody@example.test' }), expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/reset-password', what: 'reset form', path: () => '/reset-password?token=nope', expect: [200, 200,   200,  200,    200,     200, 200] },
  { method: 'POST', route: '/reset-password', what: 'reset, bad token', path: () => '/reset-password', body: () => ({ token: 'nope', password: 'a new long password' }), expect: [400, 400, 400, 400, 400, 400, 400] },
  { method: 'GET', route: '/me', what: 'my page', path: () => '/me',                                   expect: [SIGNIN, 200,   200,  200,    200,     200, 200] },
  { method: 'GET', route: '/me/export', what: 'data export', path: () => '/me/export',                 expect: [SIGNIN, 200,   200,  200,    200,     200, 200] },
  { method: 'GET', route: '/me/delete', what: 'delete form', path: () => '/me/delete',                 expect: [SIGNIN, 200,   200,  200,    200,     200, 200] },
  { method: 'POST', route: '/me/delete', what: 'delete, wrong password', path: () => '/me/delete', body: () => ({ password: 'not the password' }), expect: [SIGNIN, 400, 400, 400, 400, 400, 400] },

  // ---- JSON API (bearer tokens) ----
  { method: 'GET', route: '/api/questions/:id', what: 'API published', api: true, path: async (f) => `/api/questions/${await f.published()}`, expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/api/questions/:id', what: 'API pending', api: true, path: async (f) => `/api/questions/${await f.pending()}`, expect: [404, 200, 404, 200, 404, 200, 200] },
  { method: 'GET', route: '/api/questions', what: 'API by external id', api: true, path: async (f) => `/api/questions?externalId=${encodeURIComponent((await f.publishedRow()).external_id!)}`, expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'POST', route: '/api/questions', what: 'API ask', api: true, path: () => '/api/questions', body: () => ({ ...askForm, consent: true }), expect: [401, 201, 201, 403, 403, 403, 403] },
  { method: 'POST', route: '/api/questions/:id/answers', what: 'API answer', api: true, path: async (f) => `/api/questions/${await f.pending()}/answers`, body: () => ({ text: answerText }), expect: [401, 403, 403, 201, 403, 403, 403] },
  { method: 'POST', route: '/api/triage', what: 'API triage', api: true, path: () => '/api/triage', body: () => ({ text: 'I have had a mild headache since yesterday.' }), expect: [200, 200, 200, 200, 200, 200, 200] },
  { method: 'GET', route: '/api/look-alike', what: 'look-alike suggestions', api: true, path: () => '/api/look-alike?text=eyelid%20twitching', expect: [200, 200, 200, 200, 200, 200, 200] },
];

/** The routes Fastify actually registered, as "METHOD /path", from its route tree (HEAD is implied by GET). */
export function registeredRoutes(app: FastifyInstance): Set<string> {
  const routes = new Set<string>();
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = line.match(/^([\s│├└─]*)(\S+) \(([A-Z, ]+)\)$/);
    if (!m) continue;
    const depth = Math.max(0, Math.round((m[1].length - 4) / 4));
    const parent = depth === 0 ? '' : stack[depth - 1];
    const seg = m[2];
    // A child continues its parent's text: "/departments" + "/:slug", and static prefixes split too ("/me" + "trics").
    const full = depth === 0 ? seg : `${parent}${seg}`;
    stack[depth] = full;
    stack.length = depth + 1;
    if (full.includes('*') || full.startsWith('/static')) continue;
    for (const method of m[3].split(', ')) if (method !== 'HEAD' && method !== 'OPTIONS') routes.add(`${method} ${full}`);
  }
  return routes;
}

before(async () => {
  site = await startSite();
  const patient = await buildPatient(site.rt, { name: 'Asker' });
  const other = await buildPatient(site.rt, { name: 'Someone else' });
  const deptDoc = await buildDoctor(site.rt, { department: 'neurology' });
  const otherDoc = await buildDoctor(site.rt, { department: 'cardiology' });
  const mod = await buildStaff(site.rt, 'moderator');
  const admin = await buildStaff(site.rt, 'admin');
  people.patient = { id: patient.user.id, email: patient.user.email, token: patient.token };
  people.other = { id: other.user.id, email: other.user.email, token: other.token };
  people.deptDoc = { id: deptDoc.user.id, email: deptDoc.user.email, token: deptDoc.token, doctorId: deptDoc.doctor.id };
  people.otherDoc = { id: otherDoc.user.id, email: otherDoc.user.email, token: otherDoc.token, doctorId: otherDoc.doctor.id };
  people.mod = { id: mod.user.id, email: mod.user.email, token: mod.token };
  people.admin = { id: admin.user.id, email: admin.user.email, token: admin.token };
  clients.anon = new Client(site.url);
  for (const role of ROLES) {
    if (role === 'anon') continue;
    clients[role] = new Client(site.url);
    await clients[role].signIn(people[role].email, PASSWORD);
  }
  for (const role of ROLES) await refreshCsrf(role);
});
after(async () => {
  await site?.close();
});

test('every registered route has a row in the authorisation matrix', () => {
  const covered = new Set(ROWS.map((r) => `${r.method} ${r.route}`));
  const registered = registeredRoutes(site.app);
  assert.ok(registered.size > 40, `the route tree was read (${registered.size} routes)`);
  const missing = [...registered].filter((r) => !covered.has(r)).sort();
  assert.deepEqual(missing, [], `routes without a row in the matrix (say who may use them): ${missing.join(', ')}`);
  const stale = [...covered].filter((r) => !registered.has(r));
  assert.deepEqual(stale, [], 'rows for routes that no longer exist');
});

async function request(row: Row, role: Role, f: Fixture): Promise<{ status: number; location: string | null }> {
  const path = await row.path(f);
  const body = row.body ? await row.body(f) : undefined;
  if (row.api) {
    const r = await api(site.url, row.method, path, { token: role === 'anon' ? undefined : people[role].token, body });
    return { status: r.status, location: r.headers.get('location') };
  }
  const c = clients[role];
  const res =
    row.method === 'GET'
      ? await c.get(path)
      : await c.postForm(path, { ...Object.fromEntries(Object.entries(body ?? {}).map(([k, v]) => [k, String(v)])), _csrf: csrf[role] }, { noToken: true });
  return { status: res.status, location: res.headers.get('location') };
}

test('each role gets exactly the access the matrix states', async () => {
  const failures: string[] = [];
  for (const row of ROWS) {
    for (const [i, role] of ROLES.entries()) {
      const expected = row.expect[i];
      const { status, location } = await request(row, role, new Fixture());
      const gotSignIn = status === 303 && !!location?.startsWith('/sign-in');
      const ok = expected === SIGNIN ? gotSignIn : status === expected && !(expected === 303 && gotSignIn);
      if (!ok) failures.push(`${row.method} ${row.route} (${row.what}) as ${role}: expected ${expected}, got ${status}${location ? ` → ${location}` : ''}`);
      if (row.signsOut && role !== 'anon') await clients[role].signIn(people[role].email, PASSWORD);
      if (row.signsOut) await refreshCsrf(role);
    }
  }
  assert.deepEqual(failures, []);
});

test('denied requests change nothing: a patient cannot hide, and a doctor of another department cannot answer', async () => {
  const f = new Fixture();
  const id = await f.published();
  await clients.patient.postForm(`/moderation/questions/${id}/hide`, reason, { csrfFrom: '/sign-in' });
  const pending = await f.pending();
  await api(site.url, 'POST', `/api/questions/${pending}/answers`, { token: people.otherDoc.token, body: { text: answerText } });
  const db = site.rt.database.db;
  assert.equal((await db.selectFrom('questions').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status, 'published');
  assert.equal((await db.selectFrom('answers').select('id').where('question_id', '=', pending).execute()).length, 0);
  assert.equal((await db.selectFrom('audit_log').select('id').where('action', '=', 'question.hide').where('target_id', '=', String(id)).execute()).length, 0);
});
