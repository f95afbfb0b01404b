import type { AppDeps } from '../context.js';
import type { Executor } from '../db/database.js';
import { faqSourcesFor, relatedFaqs, synonymNamedTopics, findSimilar, storeFaqs, storeSimilar, type Scored } from '../related/compute.js';
import type { EnrichmentInput, EnrichmentOutput, EnrichmentProvider, Passage } from './providers/index.js';
import type { RelatedIndexes } from '../related/indexes.js';
import { IMPORTED_AUTHOR } from '../importer/prepare-thread.js';

// Answers of this many similar questions may be cited; the provider keeps only their general, on-topic sentences.
const SIMILAR_SOURCES = 8;

/**
 * Enriches one question: Similar Q&A, Related FAQ, headline and More Info.
 * Retrieval and generation happen outside the transaction; all results are
 * written in one transaction, so a crash leaves either the old or the new
 * enrichment, never a mix. Doctor edits are never overwritten.
 */
export async function enrichQuestion(deps: Pick<AppDeps, 'database' | 'related'>, provider: EnrichmentProvider, questionId: number): Promise<'enriched' | 'skipped'> {
  const { db } = deps.database;
  // Syncing the indexes reads every changed row; when nothing but this pipeline's own last write has
  // changed since, they are already current (a bulk enrich run would otherwise re-read them per question).
  if (afterOwnWrite.get(deps.related) !== (await contentVersion(db))) await deps.related.sync(db);
  const gathered = await gatherEnrichment(deps, questionId);
  if (!gathered) return 'skipped';
  const { question: q, similar, faqs, input } = gathered;
  const out = await provider.generate(input);

  const existing = await db.selectFrom('more_info').select(['edited_at', 'hidden']).where('question_id', '=', questionId).executeTakeFirst();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await storeSimilar(trx, questionId, similar);
    await storeFaqs(trx, questionId, faqs);
    if (!q.headline_edited && out.headline) {
      await trx.updateTable('questions').set({ headline: out.headline }).where('id', '=', questionId).execute();
    }
    if (!existing?.edited_at) await storeMoreInfo(trx, questionId, out, existing, now); // a doctor's edit stands
    afterOwnWrite.set(deps.related, await contentVersion(trx));
  });
  return 'enriched';
}

async function storeMoreInfo(trx: Executor, questionId: number, out: EnrichmentOutput, existing: object | undefined, now: string): Promise<void> {
  if (out.moreInfo) {
    const values = { text: out.moreInfo.text, sources: JSON.stringify(out.moreInfo.sources), provider: out.provider, generated_at: now };
    if (existing) await trx.updateTable('more_info').set({ ...values, reviewed_at: null, reviewed_by: null }).where('question_id', '=', questionId).execute();
    else await trx.insertInto('more_info').values({ question_id: questionId, ...values, edited_at: null, edited_by: null, reviewed_at: null, reviewed_by: null, hidden: 0 }).execute();
  } else if (existing) {
    await trx.deleteFrom('more_info').where('question_id', '=', questionId).execute();
  }
}

// The content counters (content_versions) as this process's enrichment last left them, per index set.
// Read inside the writing transaction, so they include our writes and nobody else's uncommitted ones.
const afterOwnWrite = new WeakMap<RelatedIndexes, string>();

async function contentVersion(db: Executor): Promise<string> {
  const rows = await db.selectFrom('content_versions').select(['scope', 'version']).orderBy('scope').execute();
  return rows.map((r) => `${r.scope}:${r.version}`).join(',');
}

export interface GatheredEnrichment {
  question: { id: number; headline_edited: number };
  similar: Scored[];
  faqs: Scored[];
  /** What the provider is given: the question, its answers and the retrieved passages, best first. */
  input: EnrichmentInput;
}

/**
 * Everything a provider needs for one published question, read and retrieved without writing:
 * Similar Q&A, Related FAQ, and the passages More Info may cite. Null for an unpublished question.
 * The caller syncs the indexes first.
 */
export async function gatherEnrichment(deps: Pick<AppDeps, 'database' | 'related'>, questionId: number): Promise<GatheredEnrichment | null> {
  const { db } = deps.database;
  const q = await db
    .selectFrom('questions')
    .innerJoin('departments', 'departments.id', 'questions.department_id')
    .selectAll('questions')
    .select(['departments.slug as dept_slug', 'departments.name_en as dept_name'])
    .where('questions.id', '=', questionId)
    .executeTakeFirst();
  if (!q || q.status !== 'published') return null;

  const similar = await findSimilar(deps.related, q);
  const faqs = await relatedFaqs(db, deps.related, q);
  const answers = await db
    .selectFrom('answers')
    .innerJoin('doctors', 'doctors.id', 'answers.doctor_id')
    .select(['answers.id', 'answers.text', 'doctors.name'])
    .where('answers.question_id', '=', questionId)
    .orderBy('answers.answered_at')
    .execute();
  const sourceFaqIds = await faqSourcesFor(db, deps.related, q, answers.map((a) => a.text).join('\n'));
  const passages = await buildPassages(db, questionId, answers, sourceFaqIds, similar, q.lang, await synonymNamedTopics(db, deps.related, q));
  const input: EnrichmentInput = {
    question: { title: q.title, body: q.body, lang: q.lang, department: { slug: q.dept_slug, name: q.dept_name } },
    answers: answers.map((a) => ({ text: a.text, doctorName: a.name })),
    passages,
  };
  return { question: { id: q.id, headline_edited: q.headline_edited }, similar, faqs, input };
}

async function buildPassages(
  db: Executor,
  questionId: number,
  answers: { id: number; text: string; name: string }[],
  faqIds: number[],
  similar: Scored[],
  lang: Passage['lang'],
  synonymNamed: Map<string, string>,
): Promise<Passage[]> {
  const passages: Passage[] = [];
  const faqRows = faqIds.length ? await db.selectFrom('faqs').select(['id', 'question', 'answer', 'focus', 'qtype', 'lang']).where('id', 'in', faqIds).execute() : [];
  const faqById = new Map(faqRows.map((f) => [f.id, f]));
  for (const id of faqIds) {
    const f = faqById.get(id);
    if (!f) continue;
    const namedBy = synonymNamed.get(f.focus);
    passages.push({ id: `faq:${f.id}`, kind: 'faq', title: f.question, url: `/faq/${f.id}`, text: f.answer, focus: f.focus, qtype: f.qtype, lang: f.lang, ...(namedBy ? { namedBy } : {}) });
  }
  for (const a of answers) {
    passages.push({ id: `answer:${a.id}`, kind: 'doctor-answer', title: a.name === IMPORTED_AUTHOR ? "The doctor's answer to this question" : `${a.name}'s answer to this question`, url: `/questions/${questionId}#answer-${a.id}`, text: a.text, lang });
  }
  const similarIds = similar.map((s) => s.id);
  const scoreOf = new Map(similar.map((s) => [s.id, s.score]));
  if (similarIds.length) {
    const rows = await db
      .selectFrom('answers')
      .innerJoin('questions', 'questions.id', 'answers.question_id')
      .select(['questions.id as qid', 'questions.title', 'questions.headline', 'questions.lang', 'answers.text'])
      .where('questions.id', 'in', similarIds.slice(0, SIMILAR_SOURCES))
      .where('questions.status', '=', 'published')
      .execute();
    const order = new Map(similarIds.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.qid)! - order.get(b.qid)!);
    for (const r of rows) {
      passages.push({ id: `question:${r.qid}`, kind: 'similar-answer', title: r.headline ?? r.title, url: `/questions/${r.qid}`, text: r.text, lang: r.lang, similarity: scoreOf.get(r.qid), question: r.title });
    }
  }
  return passages;
}
