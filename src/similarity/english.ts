import { stemmer } from 'stemmer';

// Function words that say nothing about what is being asked. Negations and question words are
// deliberately absent from the token stream too, but are read separately by the pair features
// (see question-shape.ts), where they matter.
const STOPWORDS = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each few for from
  further had hadn has hasn have haven having he her here hers herself him himself his how i if in into is isn
  it its itself just let ll me mightn more most mustn my myself needn no nor not now of off on once only or
  other our ours ourselves out over own re same shan she should shouldn so some such than that the their
  theirs them themselves then there these they this those through to too under until up very was wasn we
  were weren what when where which while who whom why will with won would wouldn you your yours yourself
  yourselves ve d s t m y also get got would could please hi hello dear doctor dr thanks thank thank you
  regards sir madam ok okay im ive id dont cant wont isnt didnt doesnt`.split(/\s+/).filter(Boolean),
);

export function isEnglishStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lowercased words of the Latin-script parts of a text, stopwords included. */
export function englishWords(text: string): string[] {
  // Apostrophes inside words ("don't", "child's") are dropped so the word stays whole.
  const cleaned = text.toLowerCase().replace(/(\w)['’](\w)/g, '$1$2');
  return cleaned.match(/[a-z0-9]+/g) ?? [];
}

const stemCache = new Map<string, string>();

/** Porter stem, cached: the same few thousand words recur across an archive. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length <= 3 || /^[0-9]+$/.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Content words, stemmed: the English part of a document's terms. */
export function englishTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of englishWords(text)) {
    if (STOPWORDS.has(w)) continue;
    // Long digit runs are phone numbers, dates, ids: never what a question is about.
    if (w.length > 4 && /^[0-9]+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
