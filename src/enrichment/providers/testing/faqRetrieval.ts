// A plain BM25 over FAQ entries, standing in for the application's retrieval in tests and the bench.
// It is deliberately simple: the providers must cope with whatever a caller's retrieval hands them.
import { contentStems } from '../text/tokens.js';
import type { EnrichmentInput, Passage } from '../types.js';
import type { FaqEntry, SeedThread } from './sharedData.js';

const K1 = 1.2;
const B = 0.75;

export interface FaqIndex {
  search(text: string, top: number): FaqEntry[];
}

export function buildFaqIndex(entries: FaqEntry[]): FaqIndex {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  entries.forEach((e, doc) => {
    // The focus and question are what an entry is about; they count twice.
    const stems = [...contentStems(`${e.focus} ${e.question}`), ...contentStems(`${e.focus} ${e.question}`), ...contentStems(e.answer.slice(0, 600))];
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
  };
}

export function faqPassage(e: FaqEntry): Passage {
  return { id: `faq:${e.id}`, kind: 'faq', title: e.question, url: `/faq/${e.id}`, text: e.answer, focus: e.focus, qtype: e.qtype, lang: 'en' };
}

/** The input the application would build for a seed thread: its answers as passages, then FAQ entries. */
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
  // FAQ first for English (the richer source), the asker's own answers first otherwise, as the app does.
  const faq = faqs ? faqs.search(`${title} ${thread.question} ${thread.answers.join(' ')}`, 6).map(faqPassage) : [];
  const passages = lang === 'en' ? [...faq, ...own, ...related] : [...own, ...related, ...faq];
  return {
    question: { title, body: thread.question, lang, department: { slug: 'family-medicine', name: 'Family Medicine' } },
    answers,
    passages,
  };
}
