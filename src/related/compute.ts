import type { Executor } from '../db/database.js';
import type { Question } from '../db/schema.js';
import { faqDocText, questionDocText, type RelatedIndexes } from './indexes.js';

export const SIMILAR_STORED = 8;
export const FAQ_STORED = 5;
// Below these scores a suggestion is more noise than help; showing nothing is better.
const MIN_SIMILAR_SCORE = 0.05;
const MIN_FAQ_SCORE = 0.08;

export interface Scored {
  id: number;
  score: number;
}

/** The most similar other published questions, never the question itself and never two copies of one text. */
export function findSimilar(related: RelatedIndexes, q: Pick<Question, 'id' | 'title' | 'body' | 'lang' | 'text_hash'>, k = SIMILAR_STORED): Scored[] {
  const self = String(q.id);
  const hits = related.questions.query(questionDocText(q.title, q.body), { k: k * 3, exclude: new Set([self]), lang: q.lang });
  const seen = new Set([q.text_hash]);
  const out: Scored[] = [];
  for (const h of hits) {
    if (h.score < MIN_SIMILAR_SCORE) break;
    const hash = related.questionHash.get(h.id);
    if (hash && seen.has(hash)) continue;
    if (hash) seen.add(hash);
    out.push({ id: Number(h.id), score: h.score });
    if (out.length === k) break;
  }
  return out;
}

export function findRelatedFaqs(related: RelatedIndexes, q: Pick<Question, 'title' | 'body' | 'lang'>, k = FAQ_STORED): Scored[] {
  return related.faqs
    .query(questionDocText(q.title, q.body), { k, lang: q.lang })
    .filter((h) => h.score >= MIN_FAQ_SCORE)
    .map((h) => ({ id: Number(h.id), score: h.score }));
}

/**
 * Related FAQ without repeats: health sites often publish the same question
 * ("What is back pain?") from several sources; one of each is enough.
 */
export async function relatedFaqs(db: Executor, related: RelatedIndexes, q: Pick<Question, 'title' | 'body' | 'lang'>, k = FAQ_STORED): Promise<Scored[]> {
  const candidates = findRelatedFaqs(related, q, k * 3);
  if (candidates.length === 0) return [];
  const rows = await db.selectFrom('faqs').select(['id', 'question']).where('id', 'in', candidates.map((c) => c.id)).execute();
  const text = new Map(rows.map((r) => [r.id, r.question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()]));
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const c of candidates) {
    const key = text.get(c.id);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length === k) break;
  }
  return out;
}

const SOURCE_HITS = 8;
const PAGES_EXPANDED = 2;
const SIBLINGS_PER_PAGE = 5;

/**
 * FAQ entries to ground More Info on: the best matches for the question and
 * the doctor's reply (the reply often names the topic the asker could not),
 * plus the other entries of the one or two best pages (causes, symptoms,
 * treatment…), because one short entry rarely covers what a reader needs.
 */
export async function faqSourcesFor(db: Executor, related: RelatedIndexes, q: Pick<Question, 'title' | 'body' | 'lang'>, reply: string | undefined): Promise<number[]> {
  const text = `${questionDocText(q.title, q.body)}\n${reply ?? ''}`;
  const hits = related.faqs.query(text, { k: SOURCE_HITS, lang: q.lang }).filter((h) => h.score >= MIN_FAQ_SCORE);
  if (hits.length === 0) return [];
  const ids = hits.map((h) => Number(h.id));
  const rows = await db.selectFrom('faqs').select(['id', 'focus', 'source']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pages: { focus: string; source: string }[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (r && r.focus && !pages.some((p) => p.focus === r.focus && p.source === r.source)) pages.push({ focus: r.focus, source: r.source });
    if (pages.length === PAGES_EXPANDED) break;
  }
  const out = [...ids];
  for (const page of pages) {
    const siblings = await db
      .selectFrom('faqs')
      .select('id')
      .where('focus', '=', page.focus)
      .where('source', '=', page.source)
      .orderBy('id')
      .limit(SIBLINGS_PER_PAGE + 1)
      .execute();
    for (const s of siblings) if (!out.includes(s.id)) out.push(s.id);
  }
  return out;
}

export async function storeSimilar(db: Executor, questionId: number, similar: Scored[]): Promise<void> {
  await db.deleteFrom('question_similar').where('question_id', '=', questionId).execute();
  if (similar.length)
    await db
      .insertInto('question_similar')
      .values(similar.map((s, i) => ({ question_id: questionId, similar_id: s.id, rank: i + 1, score: s.score })))
      .execute();
}

export async function storeFaqs(db: Executor, questionId: number, faqs: Scored[]): Promise<void> {
  await db.deleteFrom('question_faqs').where('question_id', '=', questionId).execute();
  if (faqs.length)
    await db
      .insertInto('question_faqs')
      .values(faqs.map((s, i) => ({ question_id: questionId, faq_id: s.id, rank: i + 1, score: s.score })))
      .execute();
}

export { faqDocText };
