import { saysWhenToSeeADoctor } from './safety.js';

/** What a sentence tells the reader; the More Info is laid out in this order. */
export type Role = 'definition' | 'cause' | 'symptom' | 'test' | 'self-care' | 'treatment' | 'outlook' | 'seek-care';

export const ROLE_ORDER: Role[] = ['definition', 'cause', 'symptom', 'test', 'treatment', 'self-care', 'outlook', 'seek-care'];

const QTYPE_ROLE: Record<string, Role> = {
  information: 'definition',
  causes: 'cause',
  'genetic changes': 'cause',
  susceptibility: 'cause',
  symptoms: 'symptom',
  'exams and tests': 'test',
  treatment: 'treatment',
  prevention: 'self-care',
  considerations: 'self-care',
  outlook: 'outlook',
  complications: 'outlook',
  stages: 'test',
};

const EN_RULES: [Role, RegExp][] = [
  ['cause', /\b(?:caused by|causes?|due to|results? from|risk factors?|triggered by|trigger|because of|linked to|leads? to)\b/i],
  ['symptom', /\b(?:symptoms?|signs?|you may (?:feel|notice|have)|feels? like)\b/i],
  ['self-care', /\b(?:avoid|rest|exercise|diet|drink(?:ing)? (?:plenty|more|fluids)|lifestyle|at home|home care|self-care|sleep|stop smoking|quit|limit|stretch|warm compress|ice|weight loss|lose weight|healthy)\b/i],
  ['treatment', /\b(?:treat(?:ed|ment|ments|ing)?|therap(?:y|ies)|medicines?|medications?|surgery|drugs?|antibiotics?|managed)\b/i],
  ['test', /\b(?:tests?|diagnos(?:e|ed|is)|exam(?:ination)?|biopsy|scans?|x-rays?|ultrasound|blood test)\b/i],
  ['outlook', /\b(?:outlook|prognosis|recover(?:y)?|go(?:es)? away|resolves?|most people)\b/i],
];

export function roleOfEnglish(sentence: string, qtype: string | undefined, isLead: boolean): Role {
  // Only advice with a trigger ("if …", "right away") belongs in the closing "when to see a doctor" part.
  if (saysWhenToSeeADoctor(sentence, 'en') && /\b(?:if|when|right away|immediately|promptly|as soon as|emergency|urgent|call)\b/i.test(sentence)) return 'seek-care';
  const prior = qtype ? QTYPE_ROLE[qtype] : undefined;
  if (prior === 'definition' && isLead) return 'definition';
  const byWords = EN_RULES.find(([, re]) => re.test(sentence))?.[0];
  // The FAQ entry's own question type is the better guide; the words only refine it.
  if (prior && prior !== 'definition') return prior === 'treatment' && byWords === 'self-care' ? 'self-care' : prior;
  if (isLead && /\b(?:is|are)\s+(?:a|an|the)\b/i.test(sentence)) return 'definition';
  return byWords ?? 'definition';
}

const ZH_RULES: [Role, RegExp][] = [
  ['seek-care', /就医|就醫|就诊|就診|医院|醫院|急诊|急診|复查|複查|检查一下|檢查一下/],
  ['cause', /引起|导致|導致|原因|诱发|誘發|造成|有关|有關/],
  ['self-care', /注意|避免|饮食|飲食|休息|锻炼|鍛煉|多吃|少吃|戒烟|戒煙|戒酒|保持|清淡|睡眠|心情|情绪|情緒|多喝/],
  ['treatment', /治疗|治療|药|藥|手术|手術|疗法|療法/],
  ['test', /检查|檢查|化验|化驗|彩超|CT|核磁|B超|心电图|心電圖/],
  ['symptom', /症状|症狀|表现|表現|出现|出現/],
];

export function roleOfChinese(sentence: string): Role {
  for (const [role, re] of ZH_RULES) if (re.test(sentence)) return role;
  return 'definition';
}
