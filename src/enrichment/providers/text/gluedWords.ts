import { isEnglishWord } from './englishDictionary.js';

// MedQuAD's NIDDK pages lost the dashes around their glossary definitions when they were scraped, so
// a term and its definition, or a word and the next, run together: "intestinal inflammationirritation
// or swellingand long-lasting damage", "digestive symptomssuch as bloating", "edemaswelling". Splitting
// the word would not mend the sentence (the definition still reads as part of it), so such a sentence
// is not quoted at all.

// A word the scraper ran into the one before it: these never end a real compound.
const JOINING_WORDS = new Set(
  'and or after into such which when where while over that the than then with from for including because'.split(' '),
);
// Real compounds are mostly a prefix and a word ("underdiagnosed", "radiosurgery", "pseudohermaphroditism").
const PREFIX = /^(?:under|over|pseudo|radio|hyper|hypo|super|supra|inter|intra|trans|micro|macro|poly|mono|anti|multi|extra|ultra|semi|para|meta|post|non|counter|fibro|electro|neuro|cardio|gastro|hydro|photo|thermo|immuno|chemo|bio|auto|cross|head|light|food|germ|water|back|out|up|down|self|half)$/;

const NOUN_ENDING_OR_AGENT = /(?:a|s|ist|tion|ment|ness|ity|ing|ance|ence|ema|ia|um|ure)$/;
const NOUN_ENDING = /(?:s|tion|sion|ment|ness|ity|ing|ance|ence|cy|ema|ia|itis|um|ea|ure|ate|ed)$/;

// Short words glued after a long one: "the mucosais inflamed", "a gastroenterologista doctor who …".
const SHORT_JOINING = new Set(['is', 'are', 'was', 'were', 'a', 'an']);

/** Whether a lower-case word is two English words run together, as the scraper glued them. */
export function isGluedWord(word: string, depth = 0): boolean {
  if (word.length < 8 || isEnglishWord(word)) return false;
  for (let i = 4; i <= word.length - 1; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (PREFIX.test(left) || !isEnglishWord(left)) continue;
    // "symptomssuch", "swellingand": a word and a joining word.
    if (JOINING_WORDS.has(right)) return true;
    if (SHORT_JOINING.has(right) && left.length >= 6 && NOUN_ENDING_OR_AGENT.test(left)) return true;
    // Three words: "stomachliningknown".
    if (depth === 0 && left.length >= 5 && right.length >= 8 && isGluedWord(right, 1)) return true;
    // "inflammationirritation", "edemaswelling", "carbohydratessugars", "preventedrotavirus": two words of
    // five letters or more, the first ending as a whole noun or a past participle does. Chemical and anatomical compounds start with a combining
    // form instead ("lymphadenectomy", "methyltransferase", "hydroxychloroquine", "gammaglobulin").
    if (left.length >= 5 && right.length >= 5 && NOUN_ENDING.test(left) && isEnglishWord(right)) return true;
  }
  return false;
}

/** Whether a sentence holds a word the scraper glued ("inflammationirritation"). */
export function hasGluedWord(sentence: string): boolean {
  return (sentence.match(/[A-Za-z]{8,}/g) ?? []).some((w) => w === w.toLowerCase() && isGluedWord(w));
}
