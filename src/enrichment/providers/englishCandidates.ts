import type { Passage } from './types.js';
import { faqSentences } from './text/englishSentences.js';
import { ANSWER_ACRONYMS, quotableAnswerSentences } from './text/answerStyle.js';
import { countWords, isStopword, overlapCount, stemSet, words as wordsOf } from './text/tokens.js';
import { claimsDiagnosis, statesDose } from './safety.js';
import { roleOfEnglish, type Role } from './roles.js';
import { splitSentencesAny } from './validate.js';
import { isEnglishWord } from './text/englishDictionary.js';
import { GENERIC_TOPIC_WORDS } from './topic.js';
import { hasGluedWord } from './text/gluedWords.js';

// The sentences a More Info may quote, each with its role and its relevance to the question.

export interface Candidate {
  text: string;
  passage: Passage;
  passageRank: number;
  index: number;
  role: Role;
  score: number;
  stems: Set<string>;
  words: number;
}

// "When there is something wrong with them" points back; "Using antibiotics when you don't need them" does not
// (a plural before "them" is taken as what it stands for). "Women can give it to their babies" points back too.
export const ANAPHORA = /^(?:\S+\s+){0,6}(?:this|these|those|such)\b|^(?!(?:\S+\s+){0,6}?[A-Za-z]{2,}(?<!\b(?:is|was|has|does|as|us|yes|always|sometimes|this|its|his|hers))s[\s,])(?:\S+\s+){0,6}them\b|^(?:\S+\s+){0,3}(?:give|gives|treat|treats|hear|spread|spreads|catch|pass|passes|get|gets|have|has)\s+it\b|^(?:If|As|When|Once|Until|Unless|While|Because|Although|Though)\s+(?:it|they|these|those)\b|^If you (?:have|had|get|think you have) one\b|\b(?:this|these|that|such|those)\s+(?:type|kind|form|condition|procedure|surgery|treatment|disease|disorder|problem|medicine|test|cancer|infection|sign|symptom|step|change|drug|option)s?\b|^If so\b|^(?:This|These|That|Those|It|Its|They|Their|Such|Both|Also|However|But|In addition|Others|Other|Another|He|She|Some of these|In this|In these|The condition|The disease|The disorder|Otherwise|So|And|Then|Yes|No|Here|There|Thus|Therefore|As a result|For example|Secondly|Firstly|First|Second|Finally|Lastly|Again|Still|Because of (?:this|that|these)|The rest|The other|The former|The latter|The same)\b/;

// A child, or a pregnancy ("protect you and your baby" is said to a mother-to-be).
const CHILD_STEMS = ['child', 'children', 'kid', 'babi', 'son', 'daughter', 'girl', 'boi', 'infant', 'toddler', 'teen', 'teenag', 'granddaught', 'grandson', 'newborn', 'pregnant', 'pregnanc', 'trimest', 'prenat'];
const TO_A_PARENT = /\byour (?:child|children|kids?|baby|babies|son|daughter|toddler|infant|teen|teenager)\b/i;

const QUESTION_LIKE = /^(?:if\b.*\bthen\s+(?:how|what|why)|how|what|why|when|where|which|who|is|are|can|could|do|does|did|should|would|will)\b/i;

/**
 * Imported answers are full of typos and run-together words ("openedits more imp"). A sentence is
 * quoted only when nearly all its words are known: English words, or words the FAQ passages use.
 */
function readsCleanly(sentence: string, vocabulary: Set<string>): boolean {
  const ws = wordsOf(sentence).filter((w) => !isStopword(w) && !/^\d/.test(w));
  const unknown = ws.filter((w) => !vocabulary.has(w) && !ANSWER_ACRONYMS.has(w) && !isEnglishWord(w)).length;
  return unknown === 0;
}

interface AnalysedSentence {
  text: string;
  index: number;
  stems: Set<string>;
  words: number;
}

// An enrichment run meets the same FAQ entries again and again; splitting, safety checks and
// stemming do not depend on the question, so they are done once per passage text.
const ANALYSIS_CACHE = new Map<string, AnalysedSentence[]>();
const ANALYSIS_CACHE_LIMIT = 5000;

function usableSentences(passage: Passage): AnalysedSentence[] {
  const key = `${passage.kind === 'faq' ? 'faq' : 'answer'}\u0000${passage.text}`;
  let analysed = ANALYSIS_CACHE.get(key);
  if (!analysed) {
    const raw = passage.kind === 'faq' ? faqSentences(passage.text) : quotableAnswerSentences(passage.text);
    analysed = raw
      .filter((s) => !statesDose(s.text, 'en') && !claimsDiagnosis(s.text, 'en'))
      // Must read as one sentence to the checker too, or its citation would seem to be missing.
      .filter((s) => splitSentencesAny(s.text).length === 1)
      .filter((s) => passage.kind === 'faq' || !QUESTION_LIKE.test(s.text))
      // MedQuAD text the scraper ran together ("inflammationirritation or swellingand") is not quoted.
      .filter((s) => passage.kind !== 'faq' || !hasGluedWord(s.text))
      .map((s) => ({ text: s.text, index: s.index, stems: stemSet(s.text), words: countWords(s.text) }));
    if (ANALYSIS_CACHE.size >= ANALYSIS_CACHE_LIMIT) ANALYSIS_CACHE.delete(ANALYSIS_CACHE.keys().next().value!);
    ANALYSIS_CACHE.set(key, analysed);
  }
  return analysed;
}

export function candidatesOf(
  passage: Passage,
  passageRank: number,
  question: Set<string>,
  answers: Set<string>,
  topic: Set<string>,
  vocabulary: Set<string>,
): Candidate[] {
  const isFaq = passage.kind === 'faq';
  const out: Candidate[] = [];
  // A sentence said to a parent ("If so, your child may have ADHD") is not for an adult asking about
  // themselves (read on dev, an adult's ADHD question).
  const aboutAChild = CHILD_STEMS.some((x) => question.has(x));
  for (const s of usableSentences(passage)) {
    if (!isFaq && !readsCleanly(s.text, vocabulary)) continue;
    if (!aboutAChild && TO_A_PARENT.test(s.text)) continue;
    const { stems } = s;
    const q = overlapCount(stems, question);
    const a = overlapCount(stems, answers);
    const t = overlapCount(stems, topic);
    // A doctor's sentence counts only when it speaks of what was asked in words that name something:
    // the topic, or (for another asker's answer) at least two of this question's specific words.
    if (!isFaq) {
      let specific = 0;
      for (const x of stems) if (question.has(x) && !GENERIC_TOPIC_WORDS.has(x)) specific++;
      // Another asker's answer must speak of this topic itself: sharing words ("drug resistant") is not enough.
      if (passage.kind === 'doctor-answer' ? t === 0 && specific < 1 : t === 0 || specific < 2) continue;
    }
    const lead = s.index <= 2;
    const score =
      (2 * q + a + 1.5 * t) / Math.sqrt(stems.size + 1) +
      (lead ? 0.4 : 0) +
      (isFaq ? 0.6 : 0) -
      passageRank * 0.05;
    const role = roleOfEnglish(s.text, isFaq ? passage.qtype : undefined, lead);
    out.push({ text: s.text, passage, passageRank, index: s.index, role, score, stems, words: s.words });
  }
  return out;
}
