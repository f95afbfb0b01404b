import { createSimilarityIndex } from '../../../similarity/index.js';
import type { EnrichmentInput } from '../types.js';
import { buildFaqIndex, inputForThread } from './faqRetrieval.js';
import { readJsonl, type FaqEntry, type SeedThread } from './sharedData.js';
import { reportSplit } from './coverage.js';

/**
 * English threads as the application hands them over: FAQ entries (best matches plus their pages'
 * other entries), the thread's own answers, and the answers of its four most similar threads.
 */
export function englishInputs(split: 'report' | 'dev', count: number, retrieval: 'similarity' | 'bm25' = 'similarity'): EnrichmentInput[] {
  const all = readJsonl<SeedThread>('seed_qa_en.jsonl');
  const faqs = buildFaqIndex(readJsonl<FaqEntry>('faq_medquad.jsonl'), retrieval);
  const questions = createSimilarityIndex();
  questions.add(all.map((t, i) => ({ id: String(i), text: t.question, lang: 'en' as const })));
  const position = new Map(all.map((t, i) => [t, i]));
  return reportSplit(all, split)
    .slice(0, count)
    .map((t) => {
      const similar = questions.query(t.question, { k: 4, exclude: new Set([String(position.get(t))]) }).map((h) => all[Number(h.id)]);
      return inputForThread(t, faqs, similar);
    });
}
