import { scriptConverter } from '../../../lexicon/script-converters.js';
import type { Lang } from '../types.js';

// Built once per process on first use, and shared with search highlighting (the same two directions).
export function toScript(text: string, lang: 'zh-Hant' | 'zh-Hans'): string {
  return scriptConverter(lang === 'zh-Hant' ? 'cn→tw' : 'tw→cn')(text);
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** The language a text is written in, judged by its letters; Chinese script by which conversion changes it more. */
export function detectLang(text: string): Lang {
  const han = text.match(HAN) ?? [];
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (han.length * 2 < latin) return 'en';
  return chineseScript(han.join('')) ?? 'zh-Hans';
}

/** 'zh-Hant' or 'zh-Hans' by which conversion changes the text more; null when no character tells them apart. */
export function chineseScript(text: string): 'zh-Hant' | 'zh-Hans' | null {
  const chars = (text.match(HAN) ?? []).join('');
  const asHant = toScript(chars, 'zh-Hant');
  const asHans = toScript(chars, 'zh-Hans');
  let changedToHant = 0;
  let changedToHans = 0;
  for (let i = 0; i < chars.length; i++) {
    if (asHant[i] !== chars[i]) changedToHant++;
    if (asHans[i] !== chars[i]) changedToHans++;
  }
  if (changedToHans === changedToHant) return null;
  return changedToHans > changedToHant ? 'zh-Hant' : 'zh-Hans';
}
