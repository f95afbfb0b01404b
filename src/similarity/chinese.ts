import { toSimplified } from './lang.js';

export const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

// Single characters that carry no topic; they still take part in bigrams ("不是" vs "是不").
const STOP_CHARS = new Set(
  '的了吗呢啊吧呀么嘛是我你他她它们在有和与及也都就这那个些之其或而被把从对向于以为得地着过很还又再请问您好谢'.split(''),
);

/**
 * Chinese terms of a text: converted to Simplified first, so Traditional and Simplified texts share
 * terms; then every character bigram of each Han run, plus the run's content characters as unigrams
 * so one-character queries ("咳") and one-character words still match.
 */
export function chineseTerms(text: string, withUnigrams = true): string[] {
  const out: string[] = [];
  const runs = toSimplified(text).match(HAN_RUN);
  if (!runs) return out;
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const c = run[i];
      if (withUnigrams && !STOP_CHARS.has(c)) out.push(c);
      if (i + 1 < run.length) out.push(c + run[i + 1]);
    }
  }
  return out;
}

export function hasHan(text: string): boolean {
  HAN_RUN.lastIndex = 0;
  return HAN_RUN.test(text);
}
