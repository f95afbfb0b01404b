import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// The English word list (the word-list package, ~274,000 lower-case words, medical terms included), read once
// per process for everything that asks whether something is an English word: de-identification (a given name
// that is also a word needs a cue) and the enrichment providers (a doctor's sentence with run-together words
// is not quoted). One copy: a server runs both, and the set is about 20 MB. Loaded on first use, so a process
// that needs neither never pays for it.

let words: ReadonlySet<string> | null = null;

export function englishWords(): ReadonlySet<string> {
  if (!words) words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
}
