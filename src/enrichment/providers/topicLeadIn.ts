import { stemSet } from './text/tokens.js';
import { topicStems } from './topic.js';

// Where a More Info moves from its main topic to a sentence of another FAQ page, the sentence is
// introduced with that page's topic: "For chest pain, treatment depends on the cause." The lead-in
// says only which page the cited sentence comes from, so it adds no claim of its own.

const COMMON_STARTERS = new Set(
  `the a an most many some treatment treatments symptoms signs people doctors if when you your there in for with without
one other common causes risk medicines medications surgery early getting keeping avoid using taking rest exercise eating
drinking certain several each any all not often usually sometimes rarely tests diagnosis complications pain children adults
women men older infections infection`.split(/\s+/),
);

/** "Alzheimer's Disease" → "Alzheimer's disease", "Chest Pain" → "chest pain", "COPD" stays. */
export function topicInText(focus: string): string {
  return focus
    .replace(/\s*\(.*?\)/g, '')
    .split(/\s+/)
    .map((w) => (/^[A-Z0-9-]{2,}$/.test(w) || /^[A-Z][a-z]+'s$/.test(w) || /[A-Z]/.test(w.slice(1)) ? w : w.toLowerCase()))
    .join(' ');
}

export function withTopicLeadIn(sentence: string, focus: string): string {
  if (!focus.trim()) return sentence;
  const firstWord = /^([A-Z][a-z]+)\b/.exec(sentence)?.[1];
  if (!firstWord || !COMMON_STARTERS.has(firstWord.toLowerCase())) return sentence;
  // Already says what it is about.
  const own = topicStems(focus);
  const words = stemSet(sentence);
  if ([...own].some((s) => words.has(s))) return sentence;
  return `For ${topicInText(focus)}, ${firstWord.toLowerCase()}${sentence.slice(firstWord.length)}`;
}
