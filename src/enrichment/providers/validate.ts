import type { EnrichmentInput, EnrichmentOutput } from './types.js';
import { claimsDiagnosis, saysWhenToSeeADoctor, statesDose } from './safety.js';
import { countWords } from './text/tokens.js';
import { chineseScript, detectLang, hanCount } from './text/script.js';
import { citationNumbersIn } from './citations.js';

export const LIMITS = {
  // Below minWords a text is "short": allowed only where it still cites two sources or more (the
  // site held too little on the topic for more; shorter beats invented).
  en: { minWords: 150, shortMinWords: 80, maxWords: 500 },
  zh: { minHan: 40, maxHan: 1000 },
  headlineMaxChars: 120,
};

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Periods that end an abbreviation, not a sentence; hidden while splitting.
const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|No|approx|U\.S)\./g;
const HIDDEN_DOT = '\u2024';

export function splitSentencesAny(paragraph: string): string[] {
  return paragraph
    .replace(ABBREVIATION, (m) => m.replace(/\./g, HIDDEN_DOT))
    .split(/(?<=[.!?](?:\s*\[\d+\])*["'”’)]?)\s+(?=["'“(]?[A-Z0-9\u3400-\u9fff])|(?<=[。！？](?:\[\d+\])*[”’）]?)/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter(Boolean);
}

/**
 * Everything wrong with a generated headline and More Info, as short problem statements ([] = OK):
 * citations that point nowhere, diagnosis or dosing statements, a missing "when to see a doctor"
 * ending, the wrong language or script, a length out of bounds, uncited sentences.
 */
export function validateGenerated(out: EnrichmentOutput, input: EnrichmentInput): string[] {
  const problems: string[] = [];
  const lang = input.question.lang;
  const family = lang === 'en' ? 'en' : 'zh';

  const headline = out.headline?.trim() ?? '';
  if (!headline) problems.push('headline is empty');
  if (headline.length > LIMITS.headlineMaxChars) problems.push(`headline is longer than ${LIMITS.headlineMaxChars} characters`);
  if (headline && normalise(headline) === normalise(input.question.title)) problems.push("headline is just the asker's title");
  if (headline && detectLangFamily(headline) !== family) problems.push(`headline is not in ${lang}`);
  else if (headline && family === 'zh' && (chineseScript(headline) ?? lang) !== lang) problems.push(`headline is not in ${lang} script`);
  if (headline && (claimsDiagnosis(headline, family) || statesDose(headline, family))) problems.push('headline reads as a diagnosis or a dose');

  const info = out.moreInfo;
  if (info === null) return problems;
  const text = info.text ?? '';
  if (!text.trim()) return [...problems, 'more info text is empty'];

  // Citations: every marker names a listed source, and every source is a passage the provider was given.
  const listed = new Map(info.sources.map((s) => [s.n, s]));
  if (listed.size !== info.sources.length) problems.push('source numbers repeat');
  const cited = citationNumbersIn(text);
  if (cited.length === 0) problems.push('more info cites no source');
  for (const n of new Set(cited)) if (!listed.has(n)) problems.push(`citation [${n}] has no source`);
  for (const s of info.sources) {
    if (!input.passages.some((p) => p.url === s.url && p.title === s.title)) problems.push(`source [${s.n}] is not a given passage`);
    if (!cited.includes(s.n)) problems.push(`source [${s.n}] is never cited`);
  }

  if (/\*\*|^\s*(?:#|[-*•]\s)/m.test(text)) problems.push('more info contains markup; plain text expected');
  const written = detectLang(text);
  // A Chinese text with no character that differs between the scripts is fine in either.
  const scriptless = written !== 'en' && lang !== 'en' && chineseScript(text) === null;
  if (written !== lang && !scriptless) problems.push(`more info is not written in ${lang}`);
  if (family === 'en') {
    const n = countWords(text);
    if (n < LIMITS.en.shortMinWords || n > LIMITS.en.maxWords) problems.push(`more info has ${n} words, outside ${LIMITS.en.shortMinWords}–${LIMITS.en.maxWords}`);
    else if (n < LIMITS.en.minWords && new Set(cited).size < 2) problems.push(`more info has ${n} words (under ${LIMITS.en.minWords}) from fewer than two sources`);
  } else {
    const n = hanCount(text);
    if (n < LIMITS.zh.minHan || n > LIMITS.zh.maxHan) problems.push(`more info has ${n} characters, outside ${LIMITS.zh.minHan}–${LIMITS.zh.maxHan}`);
  }

  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  paragraphs.forEach((paragraph, i) => {
    for (const sentence of splitSentencesAny(paragraph)) {
      const plain = sentence.replace(/\s*\[\d+\]/g, '');
      if (statesDose(plain, family)) problems.push(`dose statement: "${plain.slice(0, 80)}"`);
      if (claimsDiagnosis(plain, family)) problems.push(`diagnosis statement: "${plain.slice(0, 80)}"`);
      // Only the closing paragraph may hold uncited sentences, and only ones saying when to see a doctor.
      const closing = i === paragraphs.length - 1 && paragraphs.length > 1;
      if (!/\[\d+\]/.test(sentence) && !(closing && saysWhenToSeeADoctor(plain, family))) problems.push(`uncited sentence: "${plain.slice(0, 80)}"`);
    }
  });
  const last = paragraphs[paragraphs.length - 1] ?? '';
  if (paragraphs.length < 2 || !saysWhenToSeeADoctor(last, family)) problems.push('more info does not end with a paragraph on when to see a doctor');
  return problems;
}

function detectLangFamily(text: string): 'en' | 'zh' {
  return hanCount(text) >= 2 ? 'zh' : 'en';
}
