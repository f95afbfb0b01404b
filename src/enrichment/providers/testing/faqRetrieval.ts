// Stand-ins for the application's retrieval in tests and the bench: FAQ entries are found with the
// similarity engine (src/similarity), or with a plain BM25 when asked. The providers must cope with
// whatever a caller's retrieval hands them, so neither is tuned here.
import { createSimilarityIndex } from '../../../similarity/index.js';
import { contentStems } from '../text/tokens.js';
import { createTopicMatcher } from '../namedTopics.js';
import type { EnrichmentInput, Passage } from '../types.js';
import type { FaqEntry, SeedThread } from './sharedData.js';

const K1 = 1.2;
const B = 0.75;

export interface FaqIndex {
  search(text: string, top: number): FaqEntry[];
  /** Pages (one entry of each) whose topic the text names outright. */
  named(text: string, opts?: { fromAnswer?: boolean }): FaqEntry[];
  /** The other entries of the same FAQ page (same topic): causes, symptoms, treatment… */
  siblings(entry: FaqEntry): FaqEntry[];
}

function namedBy(entries: FaqEntry[]): (text: string, opts?: { fromAnswer?: boolean }) => FaqEntry[] {
  const firstOfTopic = new Map<string, FaqEntry>();
  for (const e of entries) if (!firstOfTopic.has(e.focus)) firstOfTopic.set(e.focus, e);
  const matcher = createTopicMatcher([...firstOfTopic.keys()]);
  return (text, opts) => matcher.named(text, opts).map((f) => firstOfTopic.get(f)!);
}

function siblingsBy(entries: FaqEntry[]): (entry: FaqEntry) => FaqEntry[] {
  const byPage = new Map<string, FaqEntry[]>();
  for (const e of entries) {
    const key = e.document_id ?? e.focus;
    let list = byPage.get(key);
    if (!list) byPage.set(key, (list = []));
    list.push(e);
  }
  return (entry) => (byPage.get(entry.document_id ?? entry.focus) ?? []).filter((e) => e !== entry);
}

const faqDocText = (e: FaqEntry) => `${e.focus}. ${e.question} ${e.answer.slice(0, 300)}`;

export function buildFaqIndex(entries: FaqEntry[], kind: 'similarity' | 'bm25' = 'similarity'): FaqIndex {
  return kind === 'similarity' ? similarityFaqIndex(entries) : bm25FaqIndex(entries);
}

function similarityFaqIndex(entries: FaqEntry[]): FaqIndex {
  const index = createSimilarityIndex();
  index.add(entries.map((e, i) => ({ id: String(i), text: faqDocText(e), lang: 'en' as const })));
  return {
    search(text, top) {
      return index.query(text, { k: top, lang: 'en' }).map((h) => entries[Number(h.id)]);
    },
    siblings: siblingsBy(entries),
    named: namedBy(entries),
  };
}

function bm25FaqIndex(entries: FaqEntry[]): FaqIndex {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  entries.forEach((e, doc) => {
    const stems = contentStems(faqDocText(e));
    lengths.push(stems.length);
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    for (const [s, n] of tf) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push({ doc, tf: n });
    }
  });
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const N = entries.length;
  return {
    search(text, top) {
      const scores = new Map<number, number>();
      for (const s of new Set(contentStems(text))) {
        const list = postings.get(s);
        if (!list) continue;
        const idf = Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          const norm = tf + K1 * (1 - B + (B * lengths[doc]) / avg);
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, top)
        .map(([doc]) => entries[doc]);
    },
    siblings: siblingsBy(entries),
    named: namedBy(entries),
  };
}

const FAQ_HITS = 12;
const PAGES_EXPANDED = 3;
const SIBLINGS_PER_PAGE = 8;
const NAMED_PAGES = 2;

/**
 * What we recommend callers do (src/related/compute.ts faqSourcesFor does it): every entry of the one
 * or two pages whose topic the question (else the doctor's reply) names outright, the best-matching
 * entries, then the other entries of the best pages. An FAQ page is split into one entry per question
 * type, and a More Info needs its causes, treatment and warning signs, not only the entry that
 * happened to match the wording.
 */
export function retrieveFaqs(faqs: FaqIndex, query: string, question = query, reply = ''): FaqEntry[] {
  const hits = faqs.search(query, FAQ_HITS);
  const pageOf = (e: FaqEntry) => e.document_id ?? e.focus;
  const named = [...faqs.named(question), ...faqs.named(reply, { fromAnswer: true })].filter((e, i, all) => all.findIndex((x) => pageOf(x) === pageOf(e)) === i).slice(0, NAMED_PAGES);
  const out: FaqEntry[] = [];
  for (const e of named) for (const s of [e, ...faqs.siblings(e)].slice(0, SIBLINGS_PER_PAGE + 1)) if (!out.includes(s)) out.push(s);
  for (const h of hits) if (!out.includes(h)) out.push(h);
  const pages = [...new Set(hits.map(pageOf))].filter((p) => !named.some((e) => pageOf(e) === p)).slice(0, PAGES_EXPANDED - Math.min(1, named.length));
  for (const page of pages) {
    const first = hits.find((h) => pageOf(h) === page)!;
    for (const s of faqs.siblings(first).slice(0, SIBLINGS_PER_PAGE)) if (!out.includes(s)) out.push(s);
  }
  return out;
}

export function faqPassage(e: FaqEntry): Passage {
  return { id: `faq:${e.id}`, kind: 'faq', title: e.question, url: `/faq/${e.id}`, text: e.answer, focus: e.focus, qtype: e.qtype, lang: 'en' };
}

/** The input the application would build for a seed thread: FAQ entries, its own answers, similar answers. */
export function inputForThread(thread: SeedThread, faqs: FaqIndex | null, similar: SeedThread[] = []): EnrichmentInput {
  const title = thread.title ?? thread.question.slice(0, 80);
  const lang = thread.lang;
  const answers = thread.answers.map((text, i) => ({ text, doctorName: `Doctor ${i + 1}` }));
  const own: Passage[] = answers.map((a, i) => ({
    id: `answer:${thread.id}-${i}`,
    kind: 'doctor-answer',
    title: `Doctor's answer to "${title}"`,
    url: `/questions/${thread.id}#answer-${i + 1}`,
    text: a.text,
    lang,
  }));
  const related: Passage[] = similar.map((s) => ({
    id: `question:${s.id}`,
    kind: 'similar-answer',
    title: s.title ?? s.question.slice(0, 80),
    url: `/questions/${s.id}`,
    text: s.answers[0] ?? '',
    lang: s.lang,
  }));
  const query = title === thread.question ? `${title} ${thread.answers[0] ?? ''}` : `${title} ${thread.question} ${thread.answers[0] ?? ''}`;
  const faq = faqs ? retrieveFaqs(faqs, query, title === thread.question ? title : `${title} ${thread.question}`, thread.answers.join('\n')).map(faqPassage) : [];
  return {
    question: { title, body: thread.question, lang, department: { slug: 'family-medicine', name: 'Family Medicine' } },
    answers,
    passages: [...faq, ...own, ...related],
  };
}
