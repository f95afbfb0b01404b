import { backgroundIdf, questionWordIdf } from './background.js';
import { englishTerms, englishWords } from './english.js';
import { ASKING_WORDS, EN_INTENTS, intents, negationCount } from './question-shape.js';
import { cosine, coverage, tfidfVector } from './vectors.js';
import { conceptsIn } from './concepts.js';
import type { Features } from './features.js';

/**
 * Five-letter word prefixes: a cheap bridge over typos and word forms the stemmer keeps apart
 * (testis/testicles, menstrual/menstruation, undescended/undesecnded).
 */
export function prefixTerms(text: string): string[] {
  return englishTerms(text)
    .filter((t) => t.length >= 5)
    .map((t) => t.slice(0, 5));
}

function maxUnmatchedIdf(a: Set<string>, b: Set<string>, idf: (t: string) => number): number {
  let m = 0;
  for (const t of a) if (!b.has(t)) m = Math.max(m, idf(t));
  return m;
}

/** Coverage of a's topic words by b, where a word also counts when b has its prefix or concept. */
function topicCoverage(a: string[], b: string[], idf: (t: string) => number): { weighted: number; all: number } {
  const topic = [...new Set(a.filter((t) => !ASKING_WORDS.has(t)))];
  if (!topic.length) return { weighted: 0.5, all: 0.5 };
  const exact = new Set(b);
  const prefixes = new Set(b.filter((t) => t.length >= 5).map((t) => t.slice(0, 5)));
  const bConcepts = new Set(conceptsIn(b));
  const aConceptOf = new Map<string, number>();
  // Which concept (if any) each topic word of a takes part in.
  for (let i = 0; i < a.length; i++) {
    for (const c of conceptsIn(a.slice(i, i + 1))) aConceptOf.set(a[i], c);
  }
  let num = 0;
  let den = 0;
  let matched = 0;
  for (const t of topic) {
    const w = idf(t);
    den += w;
    const c = aConceptOf.get(t);
    if (exact.has(t) || (t.length >= 5 && prefixes.has(t.slice(0, 5))) || (c !== undefined && bConcepts.has(c))) {
      num += w;
      matched++;
    }
  }
  return { weighted: num / den, all: matched === topic.length ? 1 : 0 };
}

/** Features of an English question pair for the learned combiner. */
export function englishFeatures(q1: string, q2: string, out: Features): void {
  const bg = backgroundIdf();
  const idf = bg.idf;
  const ta = englishTerms(q1);
  const tb = englishTerms(q2);
  const sa = new Set(ta);
  const sb = new Set(tb);
  const pa = prefixTerms(q1);
  const pb = prefixTerms(q2);
  // Prefix terms have no counts of their own: weigh them by the rarest word they stand for.
  const pidf = (p: string) => idf(p);
  const qidf = questionWordIdf().idf;
  out.set('cos_words', cosine(tfidfVector(englishWords(q1), qidf), tfidfVector(englishWords(q2), qidf)));
  out.set('cos_stem', cosine(tfidfVector(ta, idf), tfidfVector(tb, idf)));
  out.set('cos_prefix', cosine(tfidfVector(pa, pidf), tfidfVector(pb, pidf)));
  const c12 = coverage(sa, sb, idf);
  const c21 = coverage(sb, sa, idf);
  out.set('cov_min', Math.min(c12, c21));
  out.set('cov_max', Math.max(c12, c21));
  out.set('cov_short', ta.length <= tb.length ? c12 : c21);
  const spa = new Set(pa);
  const spb = new Set(pb);
  const p12 = coverage(spa, spb, pidf);
  const p21 = coverage(spb, spa, pidf);
  out.set('pcov_short', pa.length <= pb.length ? p12 : p21);
  const [shortTerms, longTerms] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const topic = topicCoverage(shortTerms, longTerms, idf);
  out.set('topic_cov', topic.weighted);
  out.set('topic_all', topic.all);
  const topicBack = topicCoverage(longTerms, shortTerms, idf);
  out.set('topic_cov_long', topicBack.weighted);
  // Consumer questions often open with their topic as a subject line ("Kidney stone. Hello, ...").
  const opening = englishTerms((ta.length <= tb.length ? q2 : q1).split(/(?<=[.?!:])\s/)[0] ?? '');
  out.set('topic_cov_opening', topicCoverage(shortTerms, opening, idf).weighted);

  // Lay and medical names of one concept (hypertension / high blood pressure) count as shared.
  const ca = new Set(conceptsIn(ta));
  const cb = new Set(conceptsIn(tb));
  let sharedConcepts = 0;
  for (const c of ca) if (cb.has(c)) sharedConcepts++;
  out.set('concept_shared', Math.min(2, sharedConcepts) / 2);
  out.set('concept_only_one', ca.size + cb.size > 0 && sharedConcepts === 0 ? 1 : 0);
  const [short, long] = ta.length <= tb.length ? [sa, sb] : [sb, sa];
  out.set('unmatched_short', maxUnmatchedIdf(short, long, idf) / bg.maxIdf);
  out.set('unmatched_long', maxUnmatchedIdf(long, short, idf) / bg.maxIdf);
  const la = ta.length || 1;
  const lb = tb.length || 1;
  out.set('len_ratio', Math.min(la, lb) / Math.max(la, lb));
  out.set('len_min_log', Math.log1p(Math.min(la, lb)) / 5);
  out.set('len_max_log', Math.log1p(Math.max(la, lb)) / 5);

  const wa = englishWords(q1).join(' ');
  const wb = englishWords(q2).join(' ');
  const ia = intents(wa, EN_INTENTS);
  const ib = intents(wb, EN_INTENTS);
  // The shorter question usually asks one thing (an FAQ, a summary); what matters is whether the
  // longer one asks that too, not whether the longer one asks more. Only these aggregates are
  // features: per-intent weights learned from a few hundred consumer→FAQ pairs were noise.
  const [iShort, iLong] = ta.length <= tb.length ? [ia, ib] : [ib, ia];
  let covered = 0;
  for (const name of iShort) if (iLong.has(name)) covered++;
  out.set('intent_missing', iShort.size - covered > 0 ? 1 : 0);
  out.set('intent_short_none', iShort.size === 0 ? 1 : 0);
  const intentCovered = iShort.size ? covered / iShort.size : 0.5;
  out.set('intent_covered', intentCovered);
  // Same topic and same kind of question are both needed: a product lets a linear model say "and".
  out.set('x_topic_intent', topic.weighted * intentCovered);
  out.set('x_cos_intent', out.get('cos_words')! * intentCovered);
  out.set('neg_diff', Math.min(2, Math.abs(negationCount(wa, 'en') - negationCount(wb, 'en'))) / 2);
}
