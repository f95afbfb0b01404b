import { createSimilarityIndex } from '../../../similarity/index.js';
import { toScript } from '../text/script.js';
import type { EnrichmentInput } from '../types.js';
import { inputForThread } from './faqRetrieval.js';
import { readJsonl, type SeedThread } from './sharedData.js';

/**
 * Chinese threads as the application would hand them over: the thread's own answers and the answers
 * of its four most similar threads (found with the similarity engine). Every other question is turned
 * into Traditional Chinese, since the site takes both scripts and the seed is Simplified only.
 */
export function chineseInputs(count: number, { stride = 25, pool = 2000 } = {}): EnrichmentInput[] {
  const threads = readJsonl<SeedThread>('seed_qa_zh.jsonl').slice(0, pool);
  const index = createSimilarityIndex();
  index.add(threads.map((s, i) => ({ id: String(i), text: `${s.title} ${s.question}`, lang: 'zh-Hans' as const })));
  const out: EnrichmentInput[] = [];
  for (let i = 0; i < threads.length && out.length < count; i += stride) {
    const t = threads[i];
    const similar = index.query(`${t.title} ${t.question}`, { k: 4, exclude: new Set([String(i)]) }).map((h) => threads[Number(h.id)]);
    const input = inputForThread(t, null, similar);
    if (out.length % 2 === 0) {
      const q = input.question;
      input.question = { ...q, lang: 'zh-Hant', title: toScript(q.title, 'zh-Hant'), body: toScript(q.body, 'zh-Hant') };
    }
    out.push(input);
  }
  return out;
}
