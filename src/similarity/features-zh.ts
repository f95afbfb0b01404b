import { backgroundIdf } from './background.js';
import { toSimplified } from './lang.js';
import { intents, negationCount, ZH_INTENTS } from './question-shape.js';
import { editDistance, longestCommonSubstring } from './text-distance.js';
import { cosine, coverage, tfidfVector } from './vectors.js';
import type { Features } from './features.js';

// Greetings and forms of address say nothing about the question.
const POLITE = /请问一下|请问|医生你好|医生您好|大夫你好|大夫您好|医生|大夫|你好|您好|谢谢|麻烦|咨询一下|我想问一下|想问一下|问一下/g;

// Common ways of asking the same thing, folded to one wording so that "怎么治疗" and "如何治" or
// "能不能吃" and "可以吃吗" produce the same characters. Longest phrases first.
const PHRASINGS: [RegExp, string][] = [
  [/是什么原因引起的|是什么原因造成的|是什么原因导致的|什么原因引起的|什么原因导致|是什么原因|什么原因|怎么回事|咋回事|怎么引起的|为什么会|为什么|为何/g, '原因'],
  [/怎么治疗|如何治疗|怎样治疗|怎么治|如何治|怎样治|怎么医治|治疗方法|治疗办法|有什么办法|什么办法|有什么方法|什么方法|怎么办|咋办|怎么处理|如何处理/g, '治疗'],
  [/能不能|可不可以|可以不可以|能否|是否可以|可否|能够|可以/g, '能'],
  [/有哪些症状|有什么症状|什么症状|哪些症状|有什么表现|什么表现|哪些表现|症状有哪些|表现有哪些/g, '症状'],
  [/吃什么好|吃什么|吃哪些|吃点什么/g, '吃何'],
  [/注意什么|注意哪些|注意些什么|注意事项|要注意/g, '注意'],
  [/有什么危害|有何危害|危害大吗|危害|有什么影响|有影响吗|影响大吗/g, '影响'],
  [/病人|患者|病友/g, '人'],
  [/宝宝|婴儿|小孩|孩子|小儿|儿童/g, '孩'],
  [/怀孕|孕妇|孕期|妊娠期|妊娠/g, '孕'],
  [/乙型肝炎|乙型病毒性肝炎|乙肝病毒/g, '乙肝'],
  [/艾滋病毒|艾滋病|hiv/g, '艾滋'],
  [/[吗呢啊呀吧么嘛]+$/g, ''],
];

export function canonicalChinese(normalised: string): string {
  let t = normalised;
  for (const [re, to] of PHRASINGS) t = t.replace(re, to);
  return t;
}

export function normaliseChinese(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(POLITE, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function grams(s: string, n: number): string[] {
  const c = [...s];
  const out: string[] = [];
  for (let i = 0; i + n <= c.length; i++) out.push(c.slice(i, i + n).join(''));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const t of a) if (b.has(t)) both++;
  const union = a.size + b.size - both;
  return union ? both / union : 0;
}

/** Features of a Chinese question pair for the learned combiner; see features.ts for the shape. */
export function chineseFeatures(q1: string, q2: string, out: Features): void {
  const idf = backgroundIdf().idf;
  const plainA = normaliseChinese(q1);
  const plainB = normaliseChinese(q2);
  const a = canonicalChinese(plainA);
  const b = canonicalChinese(plainB);
  const a1 = grams(a, 1);
  const b1 = grams(b, 1);
  const a2 = grams(a, 2);
  const b2 = grams(b, 2);
  const s1a = new Set(a1);
  const s1b = new Set(b1);
  const s2a = new Set(a2);
  const s2b = new Set(b2);
  const la = a1.length || 1;
  const lb = b1.length || 1;

  out.set('cos_uni', cosine(tfidfVector(a1, idf), tfidfVector(b1, idf)));
  out.set('cos_bi', cosine(tfidfVector(a2, idf), tfidfVector(b2, idf)));
  out.set('jac_uni', jaccard(s1a, s1b));
  out.set('jac_bi', jaccard(s2a, s2b));
  const c12 = coverage(s2a, s2b, idf);
  const c21 = coverage(s2b, s2a, idf);
  out.set('cov_bi_min', Math.min(c12, c21));
  out.set('cov_bi_max', Math.max(c12, c21));
  const u12 = coverage(s1a, s1b, idf);
  const u21 = coverage(s1b, s1a, idf);
  out.set('cov_uni_min', Math.min(u12, u21));
  out.set('cov_uni_max', Math.max(u12, u21));
  const lcs = longestCommonSubstring(a, b);
  out.set('lcs_min', lcs / Math.min(la, lb));
  out.set('lcs_max', lcs / Math.max(la, lb));
  out.set('edit', editDistance(a1, b1) / Math.max(la, lb));
  out.set('len_ratio', Math.min(la, lb) / Math.max(la, lb));
  out.set('len_min_log', Math.log1p(Math.min(la, lb)) / 5);

  // Intents read the wording as written: folding removes some of what they look for ("吗").
  const ia = intents(plainA, ZH_INTENTS);
  const ib = intents(plainB, ZH_INTENTS);
  for (const name of new Set([...ia, ...ib])) {
    out.set(ia.has(name) && ib.has(name) ? `zi_both:${name}` : `zi_one:${name}`, 1);
  }
  for (const x of ia) if (!ib.has(x)) for (const y of ib) if (!ia.has(y)) out.set(`zi_x:${x < y ? `${x}|${y}` : `${y}|${x}`}`, 1);
  out.set('neg_diff', Math.min(2, Math.abs(negationCount(a, 'zh') - negationCount(b, 'zh'))) / 2);
  const na = a.match(/\d+/g)?.join(',') ?? '';
  const nb = b.match(/\d+/g)?.join(',') ?? '';
  out.set('num_mismatch', na !== nb && (na || nb) ? 1 : 0);

  // Which words are shared or differ matters more than how many: "症状" on one side only is a
  // different question; "吃" on both sides is the same kind of question.
  for (const t of s2a) out.set(s2b.has(t) ? `zb:${t}` : `zx:${t}`, 1);
  for (const t of s2b) if (!s2a.has(t)) out.set(`zx:${t}`, 1);
  for (const t of s1a) out.set(s1b.has(t) ? `zb1:${t}` : `zx1:${t}`, 1);
  for (const t of s1b) if (!s1a.has(t)) out.set(`zx1:${t}`, 1);

  // Word pairs that differ between the two sides ("怎么治" here, "治疗" there): the combiner
  // learns which differences are paraphrases and which change the question.
  const onlyA = a2.filter((t) => !s2b.has(t));
  const onlyB = b2.filter((t) => !s2a.has(t));
  if (onlyA.length * onlyB.length <= 100) {
    for (const x of onlyA) for (const y of onlyB) out.set(`zp:${x < y ? `${x}|${y}` : `${y}|${x}`}`, 1);
  }
}
