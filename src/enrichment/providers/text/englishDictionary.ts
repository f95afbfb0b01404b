import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// An English word list (the word-list package, ~274,000 words, medical terms included), used to tell
// a doctor's sentence that reads cleanly from one the scraper ran together ("urologistgood") or typed
// in a hurry ("anxeity"). Loaded on first use: a process that writes no English More Info never pays.

let dictionary: Set<string> | null = null;

function load(): Set<string> {
  if (!dictionary) dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary;
}

/** Whether a lower-case word (or each part of a hyphenated one) is an English word. */
export function isEnglishWord(word: string): boolean {
  const words = load();
  const bare = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (words.has(bare)) return true;
  const parts = bare.split('-').filter(Boolean);
  return parts.length > 1 && parts.every((p) => words.has(p));
}
