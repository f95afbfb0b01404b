import type { Executor } from '../db/database.js';
import type { Question } from '../db/schema.js';
import { faqDocText, questionDocText, type RelatedIndexes } from './indexes.js';
import { createTopicMatcher, type TopicMatcher } from '../enrichment/providers/namedTopics.js';

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

const SOURCE_HITS = 12;
const PAGES_EXPANDED = 3;
const SIBLINGS_PER_PAGE = 8;
const NAMED_PAGES = 3;

// The FAQ topics, for finding the ones a question names; rebuilt when the FAQ index changes size.
let topicCache: { size: number; matcher: TopicMatcher; pages: Map<string, { focus: string; source: string }[]> } | null = null;

async function faqTopics(db: Executor, related: RelatedIndexes) {
  if (topicCache?.size === related.faqs.size) return topicCache;
  const rows = await db.selectFrom('faqs').select(['focus', 'source']).distinct().where('lang', '=', 'en').execute();
  const pages = new Map<string, { focus: string; source: string }[]>();
  for (const r of rows) {
    if (!r.focus) continue;
    const list = pages.get(r.focus) ?? [];
    list.push({ focus: r.focus, source: r.source });
    pages.set(r.focus, list);
  }
  topicCache = { size: related.faqs.size, matcher: createTopicMatcher([...pages.keys()]), pages };
  return topicCache;
}

/**
 * FAQ entries to ground More Info on: every entry of the one or two pages whose topic the question
 * (or else the doctor's reply) names outright ("I have Crohn's disease"), the best matches for the
 * question and the reply (the reply often names the topic the asker could not), and the other entries
 * of the best-matching pages (causes, symptoms, treatment…), because one short entry rarely covers
 * what a reader needs. The provider decides which of them are relevant enough to cite.
 */
export async function faqSourcesFor(db: Executor, related: RelatedIndexes, q: Pick<Question, 'title' | 'body' | 'lang'>, reply: string | undefined): Promise<number[]> {
  const text = `${questionDocText(q.title, q.body)}\n${reply ?? ''}`;
  const hits = related.faqs.query(text, { k: SOURCE_HITS, lang: q.lang }).filter((h) => h.score >= MIN_FAQ_SCORE);
  const ids = hits.map((h) => Number(h.id));
  const pages: { focus: string; source: string }[] = [];
  if (q.lang === 'en') {
    const topics = await faqTopics(db, related);
    const named = [...topics.matcher.named(questionDocText(q.title, q.body)), ...topics.matcher.named(reply ?? '')];
    for (const focus of named) {
      for (const page of topics.pages.get(focus) ?? []) if (!pages.some((p) => p.focus === page.focus && p.source === page.source)) pages.push(page);
      if (pages.length >= NAMED_PAGES) break;
    }
  }
  if (ids.length === 0 && pages.length === 0) return [];
  const rows = ids.length ? await db.selectFrom('faqs').select(['id', 'focus', 'source']).where('id', 'in', ids).execute() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const bestPages = pages.length;
  for (const id of ids) {
    const r = byId.get(id);
    if (pages.length - bestPages >= PAGES_EXPANDED - Math.min(bestPages, 1)) break;
    if (r && r.focus && !pages.some((p) => p.focus === r.focus && p.source === r.source)) pages.push({ focus: r.focus, source: r.source });
  }
  // Entries of named pages come first: they are what the question is about.
  const out: number[] = [];
  for (const [i, page] of pages.entries()) {
    const siblings = await db
      .selectFrom('faqs')
      .select('id')
      .where('focus', '=', page.focus)
      .where('source', '=', page.source)
      .orderBy('id')
      .limit(SIBLINGS_PER_PAGE + 1)
      .execute();
    if (i === bestPages) for (const id of ids) if (!out.includes(id)) out.push(id);
    for (const s of siblings) if (!out.includes(s.id)) out.push(s.id);
  }
  for (const id of ids) if (!out.includes(id)) out.push(id);
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
