import type { EnrichmentInput } from '../types.js';

const MAX_PASSAGE_CHARS = 1500;

const LANGUAGE_NAME = { en: 'English', 'zh-Hant': 'Traditional Chinese (繁體中文)', 'zh-Hans': 'Simplified Chinese (简体中文)' };

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Passages are numbered [1]..[k] in the order given; the reply's citations must use these numbers. */
export function buildMessages(input: EnrichmentInput): ChatMessage[] {
  const lang = LANGUAGE_NAME[input.question.lang];
  const length = input.question.lang === 'en' ? '150 to 450 words' : '150 to 600 Chinese characters';
  const system = [
    'You write the "More Info" section of a public medical Q&A page: a plain-language educational explanation for readers.',
    'Use ONLY facts stated in the numbered passages. Do not add facts from your own knowledge.',
    'End every sentence that states a fact with the number of the passage it comes from, like [2]. Cite only numbers that exist.',
    'Never tell the reader what condition they have or that they are fine; never say "you have" or "this is". Write in general terms.',
    'Never give doses, amounts or schedules of any medicine (no mg, ml, tablets, times a day).',
    'Write several short paragraphs separated by a blank line: what it is, likely causes, what helps, and a final paragraph on when to see a doctor.',
    `Write in ${lang}, ${length}, plain text without markdown, headings or lists.`,
    'Also write a headline naming the topic and the kind of question, for example "Involuntary Muscle Twitches: Causes and Solutions". Do not repeat the asker\'s title.',
    'If the passages do not support a useful text, set "moreInfo" to null.',
    'Reply with one JSON object only: {"headline": string, "moreInfo": string | null}.',
  ].join('\n');
  const passages = input.passages
    .map((p, i) => `[${i + 1}] ${p.title}\n${p.text.length > MAX_PASSAGE_CHARS ? `${p.text.slice(0, MAX_PASSAGE_CHARS)}…` : p.text}`)
    .join('\n\n');
  const answers = input.answers.map((a) => `${a.doctorName}: ${a.text}`).join('\n\n');
  const user = [
    `Department: ${input.question.department.name}`,
    `Question title: ${input.question.title}`,
    `Question: ${input.question.body}`,
    answers ? `Doctor's answer:\n${answers}` : '',
    `Passages:\n${passages}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
