import type { AppDeps } from '../context.js';
import type { Executor } from '../db/database.js';
import type { Question, User } from '../db/schema.js';
import { findDepartmentBySlug } from '../departments/repository.js';
import { DomainError, forbidden, invalid } from '../errors.js';
import { fieldErrors } from '../accounts/accounts.js';
import { policy } from '../policies.js';
import { deidentify, triage, type TriageResult } from '../safety/index.js';
import { detectLang } from '../similarity/index.js';
import { askSchema } from './schema.js';
import { searchText, textHash } from './text.js';
import { notifyModeratorsOfUrgent } from '../notifications/notify.js';
import { saveOriginal } from './originals.js';

export interface AskResult {
  question: Question;
  triage: TriageResult;
  redactions: number;
}

/** What the asker will see published: the de-identified title and body. */
export function previewPublication(title: string, body: string) {
  const lang = detectLang(`${title}\n${body}`);
  const t = deidentify(title, lang);
  const b = deidentify(body, lang);
  return { lang, title: t.text, body: b.text, redactions: [...t.redactions, ...b.redactions] };
}

/**
 * A patient asks a question. It is de-identified before it is stored for
 * publication (the original is kept for moderators only, for a limited time),
 * triaged for red flags, and either waits for a doctor (pending) or, for a
 * new account's first question when the site holds them, for a moderator.
 */
export async function askQuestion(
  db: Executor,
  deps: Pick<AppDeps, 'config'>,
  user: User | null,
  input: unknown,
): Promise<AskResult> {
  if (!policy.ask(user)) throw forbidden('Only signed-in patients can ask questions.');
  if (!user!.email_verified_at) throw new DomainError('forbidden', 'Please verify your e-mail address before asking.');
  const parsed = askSchema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const a = parsed.data;
  const department = await findDepartmentBySlug(db, a.department);
  if (!department) throw invalid({ department: 'Choose a department from the list' });

  const pub = previewPublication(a.title, a.body);
  const red = triage(`${a.title}\n${a.body}`, pub.lang);
  const earlier = await db.selectFrom('questions').select('id').where('asker_user_id', '=', user!.id).limit(1).executeTakeFirst();
  const status = deps.config.holdFirstQuestion && !earlier ? 'held' : 'pending';
  const now = new Date().toISOString();
  const question = await db
    .insertInto('questions')
    .values({
      external_id: null,
      source: 'site',
      source_url: null,
      department_id: department.id,
      asker_user_id: user!.id,
      title: pub.title,
      headline: null,
      headline_edited: 0,
      body: pub.body,
      lang: pub.lang,
      asker_name: a.displayName,
      asker_age_range: a.ageRange,
      asker_sex: a.sex,
      status,
      urgent: red.emergency ? 1 : 0,
      triage_categories: red.categories.length ? JSON.stringify(red.categories) : null,
      consent_at: now,
      asked_at: now,
      published_at: null,
      updated_at: now,
      created_at: now,
      search_text: searchText(pub.title, pub.body),
      text_hash: textHash(pub.title, pub.body),
      tags: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (pub.redactions.length) await saveOriginal(db, question.id, a.title, a.body);
  if (red.emergency) await notifyModeratorsOfUrgent(db, question);
  return { question, triage: red, redactions: pub.redactions.length };
}
