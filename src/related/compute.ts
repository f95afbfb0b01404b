import type { Executor } from '../db/database.js';
import type { Question } from '../db/schema.js';
import { faqDocText, questionDocText, type RelatedIndexes } from './indexes.js';
import { createTopicMatcher, withoutNegations, type TopicMatcher } from '../enrichment/providers/namedTopics.js';
import { layNamedTopics } from './layNames.js';
import { parentTopicOf } from '../enrichment/providers/parentTopics.js';
import { createSynonymNamer, mustAppearOnPage, pageUses, type SynonymNamer } from './synonymTopics.js';

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
export async function findSimilar(related: RelatedIndexes, q: Pick<Question, 'id' | 'title' | 'body' | 'lang' | 'text_hash'>, k = SIMILAR_STORED): Promise<Scored[]> {
  const self = String(q.id);
  const hits = await related.questions.query(questionDocText(q.title, q.body), { k: k * 3, exclude: new Set([self]), lang: q.lang });
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

// The FAQ pages (entries sharing a topic and a source) and their topics, read once per set of indexes
// and kept until an index sync sees an FAQ entry change: looking a page's entries up row by row would
// scan the FAQ table every time. Kept per indexes object, not per process: keyed on the index's size
// alone, two sites (or tests) with as many FAQ entries shared one catalogue, and an edited topic was
// never seen.
interface FaqCatalog {
  matcher: TopicMatcher;
  synonyms: SynonymNamer;
  /** Whether a topic's page uses a one-word synonym itself, by topic and word, looked up once. */
  pageUsesWord: Map<string, boolean>;
  entriesOf: Map<string, number[]>;
  pageOf: Map<number, string>;
  pagesOfTopic: Map<string, string[]>;
}
const catalogs = new WeakMap<RelatedIndexes, FaqCatalog>();
/** A page's key in the catalogue: entries sharing a source and a topic are one page. */
const pageKey = (source: string, focus: string) => `${source}\u0000${focus}`;
const focusOfPage = (page: string) => page.slice(page.indexOf('\u0000') + 1);
const watched = new WeakSet<RelatedIndexes>();

async function faqCatalog(db: Executor, related: RelatedIndexes): Promise<FaqCatalog> {
  const cached = catalogs.get(related);
  if (cached) return cached;
  if (!watched.has(related)) {
    watched.add(related);
    related.onSync((r) => {
      if (r.faqsChanged) catalogs.delete(related);
    });
  }
  const rows = await db.selectFrom('faqs').select(['id', 'focus', 'source', 'lang']).orderBy('id').execute();
  const entriesOf = new Map<string, number[]>();
  const pageOf = new Map<number, string>();
  const pagesOfTopic = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.focus) continue;
    const page = pageKey(r.source, r.focus);
    pageOf.set(r.id, page);
    const ids = entriesOf.get(page) ?? [];
    if (!ids.length) entriesOf.set(page, ids);
    ids.push(r.id);
    if (r.lang === 'en') {
      const pages = pagesOfTopic.get(r.focus) ?? [];
      if (!pages.length) pagesOfTopic.set(r.focus, pages);
      if (!pages.includes(page)) pages.push(page);
    }
  }
  const catalog = { matcher: createTopicMatcher([...pagesOfTopic.keys()]), synonyms: createSynonymNamer(pagesOfTopic.keys()), pageUsesWord: new Map<string, boolean>(), entriesOf, pageOf, pagesOfTopic };
  catalogs.set(related, catalog);
  return catalog;
}

/**
 * FAQ entries to ground More Info on: every entry of the pages whose topic the question (or else the
 * doctor's reply) names outright ("I have Crohn's disease"), the best matches for the question and the
 * reply (the reply often names the topic the asker could not), and the other entries of the
 * best-matching pages (causes, symptoms, treatment…), because one short entry rarely covers what a
 * reader needs. The provider decides which of them are relevant enough to cite. `replies`: the text
 * of every doctor's answer to the question.
 */
export async function faqSourcesFor(db: Executor, related: RelatedIndexes, q: Pick<Question, 'title' | 'body' | 'lang'>, replies: string | undefined): Promise<number[]> {
  const text = `${questionDocText(q.title, q.body)}\n${replies ?? ''}`;
  const ids = related.faqs
    .query(text, { k: SOURCE_HITS, lang: q.lang })
    .filter((h) => h.score >= MIN_FAQ_SCORE)
    .map((h) => Number(h.id));
  const catalog = await faqCatalog(db, related);
  const named: string[] = [];
  const broaderPages: string[] = [];
  if (q.lang === 'en') {
    const asked = questionDocText(q.title, q.body);
    // Named by the asker (by its name, then by another of its names), else by a doctor.
    const foci = [...catalog.matcher.named(asked), ...(await askerSynonyms(db, catalog, asked)).keys(), ...catalog.matcher.named(replies ?? '', { fromAnswer: true })];
    for (const focus of foci) {
      const pages = catalog.pagesOfTopic.get(focus) ?? [];
      for (const page of pages) if (!named.includes(page)) named.push(page);
      // A one-entry page ("Ovarian Cysts") leaves More Info one source; the page one level up on the
      // same subject ("Ovarian Disorders") can be the second.
      if (pages.every((page) => (catalog.entriesOf.get(page)?.length ?? 0) <= 1)) {
        const broader = catalog.matcher.broader(focus)[0];
        for (const page of (broader && catalog.pagesOfTopic.get(broader)) || []) if (!broaderPages.includes(page)) broaderPages.push(page);
      }
      if (named.length >= NAMED_PAGES) break;
    }
  }
  const matched: string[] = [];
  for (const id of ids) {
    const page = catalog.pageOf.get(id);
    if (page && !named.includes(page) && !matched.includes(page)) matched.push(page);
    if (matched.length >= PAGES_EXPANDED - Math.min(1, named.length)) break;
  }
  // Named pages first (they are what the question is about), then the best matches, then their pages.
  const out = new Set<number>();
  for (const page of named) for (const id of (catalog.entriesOf.get(page) ?? []).slice(0, SIBLINGS_PER_PAGE + 1)) out.add(id);
  for (const id of ids) out.add(id);
  for (const page of matched) for (const id of (catalog.entriesOf.get(page) ?? []).slice(0, SIBLINGS_PER_PAGE + 1)) out.add(id);
  // A best-matching one-entry page ("Hip Injuries and Disorders" for "hip pain") gets its reviewed parent
  // page too; the provider takes it only where the thread names the page.
  for (const page of matched) {
    const parent = parentTopicOf(focusOfPage(page));
    if (parent && (catalog.entriesOf.get(page)?.length ?? 0) <= 1) for (const p of catalog.pagesOfTopic.get(parent) ?? []) if (!broaderPages.includes(p)) broaderPages.push(p);
  }
  for (const page of broaderPages) for (const id of (catalog.entriesOf.get(page) ?? []).slice(0, 2)) out.add(id);
  return [...out];
}

/**
 * FAQ topics the question names only by another of their names ("hsv-2" → "Herpes Simplex"), with the
 * asker's words: the provider cannot see the synonym in the text, so the passages carry it (`namedBy`).
 */
export async function synonymNamedTopics(db: Executor, related: RelatedIndexes, q: Pick<Question, 'title' | 'body' | 'lang'>): Promise<Map<string, string>> {
  if (q.lang !== 'en') return new Map();
  return askerSynonyms(db, await faqCatalog(db, related), questionDocText(q.title, q.body));
}

async function askerSynonyms(db: Executor, catalog: FaqCatalog, asked: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [focus, phrase] of catalog.synonyms.named(asked)) {
    if (mustAppearOnPage(phrase)) {
      const key = `${focus}\u0000${phrase}`;
      let uses = catalog.pageUsesWord.get(key);
      if (uses === undefined) {
        const ids = (catalog.pagesOfTopic.get(focus) ?? []).flatMap((page) => catalog.entriesOf.get(page) ?? []);
        const rows = ids.length ? await db.selectFrom('faqs').select('answer').where('id', 'in', ids).execute() : [];
        uses = rows.some((r) => pageUses(r.answer, phrase));
        catalog.pageUsesWord.set(key, uses);
      }
      if (!uses) continue;
    }
    out.set(focus, phrase);
  }
  // The reviewed everyday names ("acid reflux" → GERD, "mono"): each was read against its page, so no
  // check of the page's wording is needed.
  for (const [focus, phrase] of layNamedTopics(withoutNegations(asked), (f) => catalog.pagesOfTopic.has(f))) if (!out.has(focus)) out.set(focus, phrase);
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
