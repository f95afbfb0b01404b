import { chineseFeatures } from './features-zh.js';
import { englishFeatures } from './features-en.js';
import { detectLang } from './lang.js';
import type { Lang } from './types.js';

/** Named feature values of a question pair: dense similarities plus sparse indicator features. */
export type Features = Map<string, number>;

export type PairModelName = 'en' | 'zh';

export function modelFor(q1: string, q2: string, lang?: Lang): PairModelName {
  const l = lang ?? detectLang(q1 + ' ' + q2);
  return l === 'en' ? 'en' : 'zh';
}

export function pairFeatures(q1: string, q2: string, model: PairModelName): Features {
  const out: Features = new Map();
  if (model === 'zh') chineseFeatures(q1, q2, out);
  else englishFeatures(q1, q2, out);
  return out;
}
