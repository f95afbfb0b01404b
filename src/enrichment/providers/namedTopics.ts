import { contentStems } from './text/tokens.js';
import { GENERIC_TOPIC_WORDS, NAME_FILLER } from './topic.js';
import { BODY_PARTS } from './topicWords.js';
import { cleanFocus } from './faqRelevance.js';
import { parentTopicOf } from './parentTopics.js';

// Which FAQ topics a text names outright ("I have Crohn's disease" names "What I need to know about
// Crohn's Disease"). Word-similarity retrieval may rank a page that shares many of the question's
// words above the page the asker named; a named page is the best source More Info can have.

// Everyday words that are also FAQ topics; a question that mentions them is rarely about them.
const EVERYDAY = new Set(['exercis', 'diet', 'cosmet', 'carbohydr', 'fiber', 'calori', 'nutrient', 'hormon', 'water', 'food', 'sleep', 'stress', 'smoke', 'alcohol', 'drink', 'walk', 'weight', 'caffein', 'medicin', 'vitamin', 'surgeri', 'anesthesia', 'pregnanc', 'breastfeed', 'nutrit', 'fall', 'travel', 'work', 'heat', 'cold', 'cough', 'fever']);

export interface TopicMatcher {
  /** FAQ topics (as given) named in the text, in order of first mention. */
  named(text: string, opts?: { fromAnswer?: boolean }): string[];
  /** Topics one level up on the same subject, closest first: "Ovarian Disorders" for "Ovarian Cysts". */
  broader(focus: string): string[];
}

// A page for one population ("Heart Disease in Women") is no broader page for an asker who may not be one.
export const FOR_ONE_POPULATION = /\b(?:in|for|and)\s+(?:women|men|children|kids|teens|older adults|seniors|pregnancy|infants)\b/i;

const runKey = (run: string[]) => [...run].sort().join(' ');

/** "HIV/AIDS" is named by either acronym; a longer name with a slash ("Living with HIV/AIDS") is not one. */
export function slashAcronyms(focus: string): string[] {
  return /^[A-Z0-9]{2,6}(?:\/[A-Z0-9]{2,6})+$/.test(focus.trim()) ? focus.trim().split('/') : [];
}

function topicKey(focus: string): string[] {
  // "Pyelonephritis (Kidney Infection)" is named by its first part.
  return contentStems(cleanFocus(focus).replace(/\s*\(.*?\)/g, ''));
}

export function createTopicMatcher(foci: string[]): TopicMatcher {
  const known = new Set(foci);
  const byStem = new Map<string, { focus: string; run: string[] }[]>();
  const byAcronym = new Map<string, string[]>();
  const verbatim: { focus: string; re: RegExp }[] = [];
  const byRun = new Map<string, string[]>();
  for (const focus of new Set(foci)) {
    const whole = nameRun(focus);
    if (whole.length && !FOR_ONE_POPULATION.test(cleanFocus(focus)) && !whole.some((s) => s.startsWith('\u0000'))) {
      const key = runKey(whole);
      byRun.set(key, [...(byRun.get(key) ?? []), focus]);
    }
    const acronym = initialsOf(focus);
    if (acronym.length >= 3) byAcronym.set(acronym, [...(byAcronym.get(acronym) ?? []), focus]);
    for (const part of slashAcronyms(focus)) byAcronym.set(part.toLowerCase(), [...(byAcronym.get(part.toLowerCase()) ?? []), focus]);
    for (const run of nameRuns(focus)) {
      if (run.some((s) => s.startsWith('\u0000'))) {
        // "Hepatitis B", "Type 1 Diabetes": found only written out.
        const phrase = cleanFocus(focus).replace(/\s*\(.*?\)/g, '').toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        verbatim.push({ focus, re: new RegExp(`\\b${phrase}\\b`) });
        continue;
      }
      if (!run.length || run.length > 5) continue;
      if (run.every((s) => GENERIC_TOPIC_WORDS.has(s))) continue;
      if (run.length === 1 && (EVERYDAY.has(run[0]) || (run[0].length < 4 && !BODY_PARTS.has(run[0])))) continue;
      const rarest = run[run.length - 1];
      let list = byStem.get(rarest);
      if (!list) byStem.set(rarest, (list = []));
      list.push({ focus, run });
    }
  }
  return {
    broader(focus) {
      // The reviewed parent page comes after the ones the name itself points to ("Joint Disorders" for
      // "Knee Injuries and Disorders", whose words are not a part of the other's).
      const parent = parentTopicOf(focus);
      const reviewed = parent && parent !== focus && known.has(parent) ? [parent] : [];
      const run = [...new Set(nameRun(focus))];
      if (run.length < 2 || run.length > 5 || slashAcronyms(focus).length || /\b(?:and|with|your)\b/i.test(cleanFocus(focus))) return reviewed;
      const out: string[] = [];
      // Every proper part of the name, longest first: "Ovarian Cysts" → "Ovarian Disorders".
      for (let size = run.length - 1; size >= 1; size--) {
        for (let mask = 1; mask < 1 << run.length; mask++) {
          const part = run.filter((_, i) => mask & (1 << i));
          if (part.length !== size || part.some((s) => GENERIC_TOPIC_WORDS.has(s))) continue;
          for (const f of byRun.get(runKey(part)) ?? []) if (f !== focus && !out.includes(f)) out.push(f);
        }
      }
      for (const f of reviewed) if (!out.includes(f)) out.push(f);
      return out;
    },
    named(text, opts = {}) {
      const plain = opts.fromAnswer ? answerNegationsSpelledOut(text) : text.replace(/’/g, "'");
      const stems = contentStems(withoutNegations(plain));
      const out: string[] = [];
      // Longer names first: "Rotator Cuff Injuries" before "Injuries".
      const found: { focus: string; run: string[]; at: number }[] = [];
      stems.forEach((stem, at) => {
        for (const t of byStem.get(stem) ?? []) {
          // A doctor's "blood test" or "came back" names no page; a lone body part is the asker's to name.
          if (opts.fromAnswer && t.run.length === 1 && singleNameKind(t.run[0]) !== 'specific') continue;
          if (containsRun(stems, t.run) && !found.some((f) => f.focus === t.focus)) found.push({ ...t, at });
        }
      });
      found.sort((a, b) => a.at - b.at || b.run.length - a.run.length);
      for (const f of found) out.push(f.focus);
      const lower = withoutNegations(plain).toLowerCase();
      for (const v of verbatim) if (v.re.test(lower) && !out.includes(v.focus)) out.push(v.focus);
      // "I have ADHD and OCD" names their pages too.
      for (const m of plain.matchAll(/\b([A-Z]{3,6})s?\b/g)) for (const focus of byAcronym.get(m[1].toLowerCase()) ?? []) if (!out.includes(focus)) out.push(focus);
      return out;
    },
  };
}

function initialsOf(focus: string): string {
  return cleanFocus(focus)
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:of|and|the|in|with|to|for|a)$/i.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

// Words that say which kind ("Infectious Mononucleosis", "Uterine Fibroids", "Female Infertility"); the asker may leave them out.
const KIND_WORDS = new Set(contentStems('female male uterine infectious viral bacterial primary secondary common benign adult'));

export function nameRun(focus: string): string[] {
  const stems = topicKey(focus);
  const core = stems.filter((s) => !NAME_FILLER.has(s) && !KIND_WORDS.has(s));
  const run = core.length ? core : stems;
  // A short part of the name ("Rh deficiency", "Hepatitis B", "Type 1") is no stem of any text: such a
  // name is found only written out in full (see faqRelevance) or by its acronym.
  const short = cleanFocus(focus).replace(/\s*\(.*?\)/g, '').split(/[\s-]+/).filter((w) => /^[a-z0-9]{1,2}$/i.test(w) && !/^(?:of|in|on|to|an?|and|or|by)$/i.test(w));
  return short.length ? [...run, ...short.map((w) => `\u0000${w.toLowerCase()}`)] : run;
}

/** Each way a topic can be named: "Dizziness and Vertigo" by either, "Rotator Cuff Injuries" by rotator cuff. */
export function nameRuns(focus: string): string[][] {
  const whole = nameRun(focus);
  const name = cleanFocus(focus).replace(/\s*\(.*?\)/g, '');
  // "Carcinoma of the Head and Neck" is one name, and so is "Kidney Failure and How It's Treated";
  // "Dizziness and Vertigo" is two.
  const parts = name.split(/\s+and\s+/i);
  if (parts.length !== 2 || /\bof\b|,/i.test(name) || parts.some((p) => p.split(/\s+/).length > 3 || /^(?:how|what|why|when|who|where|its?|your|my)\b/i.test(p))) return [whole];
  const runs = parts.map((part) => nameRun(part)).filter((run) => run.length && !run.every((s) => GENERIC_TOPIC_WORDS.has(s) || VAGUE_PARTS.has(s)));
  return runs.length > 1 ? runs : [whole];
}

const VAGUE_PARTS = new Set(contentStems('control care treat treated treatment general generalized management living coping prevention safety use continuing healthy help support recovery plan planning'));

/** Whether every stem of the run occurs within a few words of the others ("pain in my lower back" names "Back Pain"). */
export function containsRun(text: string[], run: string[]): boolean {
  if (!run.length) return false;
  const window = run.length + 2;
  for (let i = 0; i < text.length; i++) {
    if (!run.includes(text[i])) continue;
    const near = text.slice(Math.max(0, i - window + 1), i + window);
    if (run.every((s) => near.includes(s))) return true;
  }
  return false;
}

/** Whether a topic is made only of everyday words ("Blood", "Drinking Water"): a doctor's passing mention does not name it. */
const PART_STEMS = new Set([...BODY_PARTS.keys()].map((w) => contentStems(w)[0] ?? w));

/** What a one-word topic name is: an everyday word ("Surgery", "Blood"), a body part ("Back", "Leg"), or specific. */
export function singleNameKind(stem: string): 'everyday' | 'part' | 'specific' {
  if (PART_STEMS.has(stem)) return 'part';
  if (EVERYDAY.has(stem) || EVERYDAY_NOUNS.has(stem)) return 'everyday';
  return 'specific';
}

export function isEverydayTopic(run: string[]): boolean {
  return run.every((s) => EVERYDAY.has(s) || EVERYDAY_NOUNS.has(s));
}

const EVERYDAY_NOUNS = new Set(['blood', 'drink', 'shock', 'tear', 'breath', 'skin', 'bone', 'heart', 'eye', 'ear', 'hand', 'foot', 'feet', 'leg', 'arm', 'back', 'head', 'hair', 'nail', 'mouth', 'teeth', 'tooth', 'nose', 'urin', 'stool', 'iron', 'calcium', 'salt', 'sugar', 'fat', 'protein', 'choke', 'bite', 'cut', 'burn', 'hormon', 'gene', 'cell', 'infant', 'child']);

/**
 * A doctor's "don't panic", "it doesn't look like cancer", "isn't a hernia", written out as "do not …" so
 * that the negation rule reads them. Only for answers: an asker's "I haven't had a period" or "don't want
 * to rely on birth control" is about that very topic (read on dev).
 */
export function answerNegationsSpelledOut(text: string): string {
  return text.replace(/’/g, "'").replace(/\b(do|does|did|is|are|was|were|has|have)n'?t\b/gi, '$1 not');
}

/** The text with negated clauses taken out: "no previous head or brain injury" names no injury. */
export function withoutNegations(text: string): string {
  // "many other reasons other than meningitis" names no meningitis.
  // A negation ends at its clause, and at "and" opening a new noun phrase: "I have not had a voice for 7
  // weeks and a sore throat" has a sore throat (read on dev).
  return text.replace(/\b(?:no|not|never|without|nor|denies|negative for|ruled out|rule out|nothing to do with|anything to do with|cannot be|unlikely|rather than|other than)\b(?:(?!\band (?:a|an|my|i|now|also|then|really|have|has)\b)[^.,;:?!])*/gi, ' ');
}
