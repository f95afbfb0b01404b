import { scriptConverter } from '../lexicon/script-converters.js';

export type SafetyLang = 'en' | 'zh-Hant' | 'zh-Hans';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Traditional → Simplified, so one set of Chinese patterns serves both scripts. */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  // Built on first use (shared with the similarity engine's): English-only callers never need it.
  return scriptConverter('t→cn')(text);
}

/** A text with Han characters is Chinese; it is Traditional when converting it to Simplified changes it. */
export function detectLang(text: string): SafetyLang {
  if (!hasHan(text)) return 'en';
  return toSimplified(text) !== text ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Full-width ASCII (Ａ-Ｚ, ０-９, ＠, ．…) folded to ASCII, one UTF-16 unit for one, so offsets found
 * in the folded text are offsets in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
