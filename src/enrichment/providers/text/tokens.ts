import { stemmer } from 'stemmer';

// Words that carry no topic: function words plus the chatter of consumer questions ("please help, doctor").
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours out over own same she should so some such than that the their theirs them then there
these they this those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves u ur im ive dont doesnt didnt cant isnt wont get got getting go going
know like want wanted need needs please help thank thanks doctor doctors dr hi hello dear sir madam question ask asking
wondering think thought feel feeling felt really still ever since ago day days week weeks month months year years old
time times also lot much many one two three first last good bad normal thing things something anything someone mean
may might must shall take took taking make made use used using see seen say said tell told way right left could
sometimes always often never every yes okay ok well now today yesterday currently recently just even around
anymore anything everything nothing somewhere lately past next able unable kind sort stuff whether
`.split(/\s+/).filter(Boolean),
);

const WORD = /[a-z][a-z0-9'-]*|\d+/g;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

// Stemming is the hot path of the built-in provider; the vocabulary is small, so stems are remembered.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemOf(word: string): string {
  let s = STEM_CACHE.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    STEM_CACHE.set(word, s);
  }
  return s;
}

/** Content-word stems, the unit every relevance comparison uses. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const bare = w.replace(/'s$|'/g, '');
    if (bare.length < 3 || STOPWORDS.has(bare) || /^\d+$/.test(bare)) continue;
    out.push(stemOf(bare));
  }
  return out;
}

export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

/** Share of `a`'s stems that also occur in `b` (0 when `a` is empty). */
export function coverage(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const s of a) if (b.has(s)) hit++;
  return hit / a.size;
}

export function overlapCount(a: Iterable<string>, b: Set<string>): number {
  let hit = 0;
  for (const s of a) if (b.has(s)) hit++;
  return hit;
}

export function countWords(text: string): number {
  return text.replace(/\[\d+\]/g, ' ').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
