import { scriptConverter } from '../lexicon/script-converters.js';
import type { Lang } from './types.js';

// Traditional (any regional variant) → mainland Simplified, so both scripts share one vocabulary.
// Made at load: every Chinese text indexed or queried goes through it.
const toSimplifiedConverter = scriptConverter('t→cn');

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

export function toSimplified(text: string): string {
  return toSimplifiedConverter(text);
}

/**
 * Decides by script: a text with Han characters is Chinese; it is Traditional when more of its
 * characters change on conversion to Simplified than on conversion to Traditional.
 * Characters common to both scripts (most of them) do not vote.
 */
export function detectLang(text: string): Lang {
  const han = text.match(HAN);
  if (!han) return 'en';
  const latinWords = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (han.length < 2 && latinWords > 3) return 'en';
  const chars = han.join('');
  const simplified = toSimplifiedConverter(chars);
  // Built on the first Chinese text to detect (not at load: the index worker never detects).
  const traditional = scriptConverter('cn→t')(chars);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  for (let i = 0; i < chars.length; i++) {
    if (simplified[i] !== chars[i]) traditionalOnly++;
    if (traditional[i] !== chars[i]) simplifiedOnly++;
  }
  return traditionalOnly > simplifiedOnly ? 'zh-Hant' : 'zh-Hans';
}
