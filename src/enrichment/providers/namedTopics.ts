import { contentStems } from './text/tokens.js';
import { GENERIC_TOPIC_WORDS } from './topic.js';
import { cleanFocus } from './faqRelevance.js';

// Which FAQ topics a text names outright ("I have Crohn's disease" names "What I need to know about
// Crohn's Disease"). Word-similarity retrieval may rank a page that shares many of the question's
// words above the page the asker named; a named page is the best source More Info can have.

// Everyday words that are also FAQ topics; a question that mentions them is rarely about them.
const EVERYDAY = new Set(['exercis', 'diet', 'water', 'food', 'sleep', 'stress', 'smoke', 'alcohol', 'drink', 'walk', 'weight', 'caffein', 'medicin', 'vitamin', 'surgeri', 'anesthesia', 'pregnanc', 'breastfeed', 'nutrit', 'fall', 'travel', 'work', 'heat', 'cold', 'cough', 'fever']);

export interface TopicMatcher {
  /** FAQ topics (as given) named in the text, in order of first mention. */
  named(text: string): string[];
}

function topicKey(focus: string): string[] {
  // "Pyelonephritis (Kidney Infection)" is named by its first part.
  return contentStems(cleanFocus(focus).replace(/\s*\(.*?\)/g, ''));
}

export function createTopicMatcher(foci: string[]): TopicMatcher {
  const byFirst = new Map<string, { focus: string; stems: string[] }[]>();
  for (const focus of new Set(foci)) {
    const stems = topicKey(focus);
    if (!stems.length || stems.length > 5) continue;
    if (stems.every((s) => GENERIC_TOPIC_WORDS.has(s))) continue;
    if (stems.length === 1 && (EVERYDAY.has(stems[0]) || stems[0].length < 4)) continue;
    let list = byFirst.get(stems[0]);
    if (!list) byFirst.set(stems[0], (list = []));
    list.push({ focus, stems });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return {
    named(text) {
      const stems = contentStems(text.replace(/’/g, "'"));
      const out: string[] = [];
      for (let i = 0; i < stems.length; i++) {
        for (const t of byFirst.get(stems[i]) ?? []) {
          if (t.stems.every((s, k) => stems[i + k] === s) && !out.includes(t.focus)) out.push(t.focus);
        }
      }
      return out;
    },
  };
}
