import { englishWords } from '../../../lexicon/english-words.js';

// The English word list tells a doctor's sentence that reads cleanly from one the scraper ran together
// ("urologistgood") or typed in a hurry ("anxeity").

/** Whether a lower-case word (or each part of a hyphenated one) is an English word. */
export function isEnglishWord(word: string): boolean {
  const words = englishWords();
  const bare = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (words.has(bare)) return true;
  const parts = bare.split('-').filter(Boolean);
  return parts.length > 1 && parts.every((p) => words.has(p));
}
