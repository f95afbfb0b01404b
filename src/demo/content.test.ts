import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO_DOCTORS,
  DEMO_FAQS,
  DEMO_PASSWORD,
  DEMO_QUESTIONS,
  type DemoQuestion,
} from './content.js';

// The department slugs of CONTRACTS.md ("Reference data"); the slugs are a
// public contract, so the demo content is checked against that list itself.
const DEPARTMENT_SLUGS = new Set([
  'family-medicine', 'internal-medicine', 'cardiology', 'gastroenterology', 'hepatology',
  'pulmonology', 'nephrology', 'endocrinology', 'infectious-diseases', 'hematology-oncology',
  'rheumatology', 'neurology', 'psychiatry', 'dermatology', 'ophthalmology',
  'otolaryngology', 'dentistry', 'obstetrics-gynecology', 'pediatrics', 'urology', 'orthopedics',
  'rehabilitation', 'general-surgery', 'neurosurgery', 'plastic-surgery', 'pharmacy', 'nutrition',
  'chinese-medicine',
]);
const AGE_RANGES = new Set(['0~9', '10~19', '20~29', '30~39', '40~49', '50~59', '60~69', '70~79', '80~89', '90+']);
const FAQ_TYPES = new Set(['information', 'causes', 'symptoms', 'treatment', 'prevention', 'exams and tests', 'outlook']);

const doctorByKey = new Map(DEMO_DOCTORS.map((d) => [d.key, d]));

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
// Chinese has no spaces: count every visible character (code points, not UTF-16 units).
const chars = (s: string) => Array.from(s.replace(/\s/g, '')).length;
const length = (q: DemoQuestion, s: string) => (q.lang === 'en' ? words(s) : chars(s));

function between(label: string, n: number, min: number, max: number) {
  assert.ok(n >= min && n <= max, `${label}: length ${n} not within ${min}–${max}`);
}

/** Every piece of visible text with a label saying where it came from. */
function allTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const d of DEMO_DOCTORS) out.push([`doctor ${d.key} name`, d.name], [`doctor ${d.key} hospital`, d.hospital], [`doctor ${d.key} signOff`, d.signOff], [`doctor ${d.key} bio`, d.bio]);
  for (const q of DEMO_QUESTIONS) {
    out.push([`question ${q.key} title`, q.title], [`question ${q.key} body`, q.body], [`question ${q.key} askerName`, q.askerName]);
    q.answers.forEach((a, i) => out.push([`question ${q.key} answer ${i}`, a.text]));
  }
  for (const f of DEMO_FAQS) out.push([`faq ${f.key} focus`, f.focus], [`faq ${f.key} question`, f.question], [`faq ${f.key} answer`, f.answer]);
  return out;
}

function answerTexts(): Array<[string, string, 'en' | 'zh-Hant']> {
  const out: Array<[string, string, 'en' | 'zh-Hant']> = [];
  for (const q of DEMO_QUESTIONS) q.answers.forEach((a, i) => out.push([`question ${q.key} answer ${i}`, a.text, q.lang]));
  for (const f of DEMO_FAQS) out.push([`faq ${f.key}`, f.answer, 'en']);
  return out;
}

function uniqueKeys(label: string, keys: string[]) {
  const seen = new Set<string>();
  for (const k of keys) {
    assert.ok(!seen.has(k), `duplicate ${label} key ${k}`);
    seen.add(k);
  }
}

test('keys and e-mail addresses are unique', () => {
  uniqueKeys('doctor', DEMO_DOCTORS.map((d) => d.key));
  uniqueKeys('question', DEMO_QUESTIONS.map((q) => q.key));
  uniqueKeys('faq', DEMO_FAQS.map((f) => f.key));
  uniqueKeys('doctor e-mail', DEMO_DOCTORS.map((d) => d.email.toLowerCase()));
  uniqueKeys('question title', DEMO_QUESTIONS.map((q) => q.title));
});

test('doctors are fictional demo accounts in valid departments', () => {
  assert.ok(DEMO_DOCTORS.length >= 8, 'at least 8 demo doctors');
  for (const d of DEMO_DOCTORS) {
    assert.ok(DEPARTMENT_SLUGS.has(d.department), `doctor ${d.key}: unknown department ${d.department}`);
    assert.match(d.email, /^[a-z0-9.-]+@demo\.openconsult\.local$/, `doctor ${d.key}: e-mail must be on the demo domain`);
    assert.match(d.name, /^Dr\. /, `doctor ${d.key}: display name`);
    for (const field of ['name', 'hospital', 'signOff', 'bio'] as const) {
      assert.ok(d[field].trim().length > 0, `doctor ${d.key}: empty ${field}`);
    }
    assert.match(d.bio, /demo/i, `doctor ${d.key}: bio should say this is a demo account`);
  }
});

test('the demo password is the one documented in the README', () => {
  assert.equal(DEMO_PASSWORD, 'demo-password-123');
});

test('every question is in a valid department with a valid asker line and date', () => {
  for (const q of DEMO_QUESTIONS) {
    assert.ok(DEPARTMENT_SLUGS.has(q.department), `question ${q.key}: unknown department ${q.department}`);
    assert.ok(q.lang === 'en' || q.lang === 'zh-Hant', `question ${q.key}: lang`);
    assert.ok(AGE_RANGES.has(q.ageRange), `question ${q.key}: age range ${q.ageRange}`);
    assert.ok(['female', 'male', 'other'].includes(q.sex), `question ${q.key}: sex ${q.sex}`);
    assert.ok(q.title.trim().length > 0 && chars(q.title) <= 120, `question ${q.key}: title length`);
    assert.ok(q.askerName.trim().length > 0 && chars(q.askerName) <= 40, `question ${q.key}: pseudonym length`);
    assert.match(q.askedAt, /^\d{4}-\d{2}-\d{2}$/, `question ${q.key}: askedAt must be YYYY-MM-DD`);
    const asked = new Date(`${q.askedAt}T00:00:00Z`);
    assert.equal(asked.toISOString().slice(0, 10), q.askedAt, `question ${q.key}: ${q.askedAt} is not a real date`);
    assert.ok(q.askedAt >= '2024-01-01' && q.askedAt <= '2026-10-31', `question ${q.key}: askedAt ${q.askedAt} out of range`);
  }
});

test('every answer comes from an existing doctor of the question\'s own department', () => {
  for (const q of DEMO_QUESTIONS) {
    assert.ok(q.answers.length >= 1 && q.answers.length <= 2, `question ${q.key}: 1 or 2 answers`);
    const answeredBy = new Set<string>();
    for (const a of q.answers) {
      const doctor = doctorByKey.get(a.doctor);
      assert.ok(doctor, `question ${q.key}: unknown doctor ${a.doctor}`);
      assert.equal(doctor.department, q.department, `question ${q.key}: doctor ${a.doctor} is not in ${q.department}`);
      assert.ok(!answeredBy.has(a.doctor), `question ${q.key}: doctor ${a.doctor} answers twice`);
      answeredBy.add(a.doctor);
      assert.ok(Number.isInteger(a.daysAfter) && a.daysAfter >= 0 && a.daysAfter <= 14, `question ${q.key}: daysAfter ${a.daysAfter}`);
      // A reply dated in the future would look odd on a fresh install.
      const replied = new Date(Date.parse(`${q.askedAt}T00:00:00Z`) + a.daysAfter * 86_400_000);
      assert.ok(replied.toISOString().slice(0, 10) <= '2026-10-31', `question ${q.key}: reply date after 2026-10-31`);
    }
  }
});

test('every demo doctor answers at least one question', () => {
  const answering = new Set(DEMO_QUESTIONS.flatMap((q) => q.answers.map((a) => a.doctor)));
  for (const d of DEMO_DOCTORS) assert.ok(answering.has(d.key), `doctor ${d.key} answers nothing`);
});

test('question bodies and answers are within length bounds', () => {
  for (const q of DEMO_QUESTIONS) {
    if (q.lang === 'en') between(`question ${q.key} body (words)`, length(q, q.body), 60, 250);
    else between(`question ${q.key} body (characters)`, length(q, q.body), 80, 300);
    for (const [i, a] of q.answers.entries()) {
      // 60–200 English words; Chinese reads at roughly 1.5–2 characters per English word.
      if (q.lang === 'en') between(`question ${q.key} answer ${i} (words)`, length(q, a.text), 60, 200);
      else between(`question ${q.key} answer ${i} (characters)`, length(q, a.text), 100, 400);
    }
  }
});

test('text is in the language the question declares, and Chinese is Traditional', () => {
  const cjk = /[\u4e00-\u9fff]/;
  // Characters that exist only in Simplified Chinese; their Traditional forms are 這們個為說時醫沒覺聽發頭過開關還對.
  const simplifiedOnly = /[这们个为说时医没觉听发头过开关还对]/;
  for (const q of DEMO_QUESTIONS) {
    const texts = [q.title, q.body, ...q.answers.map((a) => a.text)];
    for (const t of texts) {
      if (q.lang === 'en') assert.ok(!cjk.test(t), `question ${q.key}: Chinese characters in English text`);
      else {
        assert.ok(cjk.test(t), `question ${q.key}: Chinese question without Chinese text`);
        assert.ok(!simplifiedOnly.test(t), `question ${q.key}: Simplified character ${t.match(simplifiedOnly)?.[0]}`);
      }
    }
  }
  const zh = DEMO_QUESTIONS.filter((q) => q.lang === 'zh-Hant').map((q) => q.body + q.answers.map((a) => a.text).join(''));
  for (const term of ['醫師', '掛號', '健保']) {
    assert.ok(zh.some((t) => t.includes(term)), `Taiwan usage: no Chinese text uses ${term}`);
  }
});

test('both languages and at least 14 departments are covered', () => {
  const en = DEMO_QUESTIONS.filter((q) => q.lang === 'en').length;
  const zh = DEMO_QUESTIONS.filter((q) => q.lang === 'zh-Hant').length;
  assert.ok(en >= 25, `English questions: ${en}`);
  assert.ok(zh >= 12, `Chinese questions: ${zh}`);
  assert.ok(DEMO_QUESTIONS.length >= 38 && DEMO_QUESTIONS.length <= 48, `about 42 questions, got ${DEMO_QUESTIONS.length}`);
  const departments = new Set(DEMO_QUESTIONS.map((q) => q.department));
  assert.ok(departments.size >= 14, `departments covered: ${departments.size}`);
});

test('the classic twitching question exists in Neurology', () => {
  assert.ok(DEMO_QUESTIONS.some((q) => q.title === 'Regarding involuntary muscle twitching?' && q.department === 'neurology'));
});

test('near-paraphrase clusters give Similar Q&A something to find', () => {
  const about = (re: RegExp) => DEMO_QUESTIONS.filter((q) => re.test(q.title + ' ' + q.body));
  const clusters: Array<[string, RegExp, number]> = [
    ['muscle twitching', /twitch|flicker|眼皮.{0,4}跳/i, 4],
    ['eyelid twitching in both languages', /eyelid|眼皮/i, 2],
    ['night-time heartburn / reflux', /heartburn|reflux|火燒心|逆流/i, 3],
    ['blood pressure readings', /blood pressure|血壓/i, 3],
    ['headache with screen work', /(headache|head aches|頭痛).*(monitor|computer|laptop|電腦)|(monitor|computer|laptop|電腦).*(headache|head aches|頭痛)/is, 3],
    ['infant fever with rash or fever alone', /(baby|month-old|寶寶).*(fever|發燒)/is, 3],
  ];
  for (const [label, re, min] of clusters) {
    const hits = about(re);
    assert.ok(hits.length >= min, `cluster "${label}": ${hits.length} questions, want ${min}`);
  }
  // The eyelid worry is asked in both languages.
  const eyelid = about(/eyelid|眼皮/i);
  assert.deepEqual(new Set(eyelid.map((q) => q.lang)), new Set(['en', 'zh-Hant']));
});

test('no text carries an e-mail address, a phone-like number or a link', () => {
  for (const [where, text] of allTexts()) {
    assert.ok(!/[\w.+-]+@[\w-]+\.[\w.-]+/.test(text), `${where}: e-mail address`);
    assert.ok(!/\d(?:[\s\-().\/]*\d){7,}/.test(text), `${where}: phone-like digit run`);
    assert.ok(!/https?:\/\/|www\./i.test(text), `${where}: link`);
  }
});

test('no text mentions a dose', () => {
  for (const [where, text] of allTexts()) {
    assert.ok(!/\b(mg|mcg|µg|milligrams?|micrograms?)\b/i.test(text), `${where}: dose unit`);
    assert.ok(!/毫克|微克|毫升/.test(text), `${where}: dose unit (Chinese)`);
  }
  for (const [where, text] of answerTexts()) {
    assert.ok(!/\b\d+(\.\d+)?\s*(tablets?|pills?|capsules?|drops|puffs|doses?)\b/i.test(text), `${where}: counted dose`);
    assert.ok(!/\b(once|twice|\d+ times) (a|per) day\b/i.test(text), `${where}: dosing schedule`);
    assert.ok(!/[一二三四五六七八九十兩\d]+\s*(顆|錠|粒|滴|包)/.test(text), `${where}: counted dose (Chinese)`);
  }
});

test('answers never read as a diagnosis and never repeat the sign-off', () => {
  for (const [where, text, lang] of answerTexts()) {
    if (lang === 'en') {
      assert.ok(!/(^|[.!?:]\s+)you (definitely |clearly |certainly |probably )?have\b/i.test(text), `${where}: "You have …" reads as a diagnosis`);
      assert.ok(!/\byour diagnosis\b|\bI diagnose\b|\byou are suffering from\b/i.test(text), `${where}: diagnosis wording`);
    } else {
      assert.ok(!/(你|您)(得了|患有|罹患|就是)|確診為|診斷為/.test(text), `${where}: diagnosis wording`);
    }
  }
  for (const q of DEMO_QUESTIONS) {
    for (const a of q.answers) {
      const doctor = doctorByKey.get(a.doctor)!;
      for (const part of doctor.signOff.split(' · ')) {
        assert.ok(!a.text.includes(part), `question ${q.key}: answer repeats the sign-off "${part}"`);
      }
      assert.ok(!a.text.includes(doctor.name), `question ${q.key}: answer signs with the doctor's name`);
    }
  }
});

test('every answer says when to see a doctor in person', () => {
  const en = /\b(see|seek|visit|book|contact|go to)\b[^.]*\b(doctor|neurologist|dermatologist|urologist|gynaecologist|specialist|psychiatrist|clinic|care|emergency)/i;
  const zh = /就醫|門診|急診|掛號/;
  for (const q of DEMO_QUESTIONS) {
    q.answers.forEach((a, i) => {
      // A second opinion may build on the first answer's advice instead of repeating it.
      if (i > 0) return;
      assert.match(a.text, q.lang === 'en' ? en : zh, `question ${q.key}: answer lacks in-person advice`);
    });
  }
  for (const f of DEMO_FAQS) assert.match(f.answer, en, `faq ${f.key}: lacks in-person advice`);
});

test('FAQ entries are English, well-formed and within length', () => {
  assert.ok(DEMO_FAQS.length >= 6, `FAQ count ${DEMO_FAQS.length}`);
  for (const f of DEMO_FAQS) {
    assert.equal(f.lang, 'en');
    assert.ok(FAQ_TYPES.has(f.qtype), `faq ${f.key}: qtype ${f.qtype}`);
    assert.ok(f.focus.trim() && f.question.trim().endsWith('?'), `faq ${f.key}: focus and question`);
    between(`faq ${f.key} answer (words)`, words(f.answer), 80, 250);
    const paragraphs = f.answer.split('\n\n');
    assert.ok(paragraphs.length >= 2, `faq ${f.key}: paragraphs separated by a blank line`);
    for (const p of paragraphs) {
      assert.ok(p.trim() === p && p.length > 0 && !p.includes('\n'), `faq ${f.key}: stray newline or empty paragraph`);
    }
  }
  const topics = DEMO_FAQS.map((f) => `${f.focus} ${f.question}`.toLowerCase()).join(' | ');
  for (const topic of ['twitch', 'reflux', 'blood pressure', 'headache', 'fever', 'eczema', 'insomnia', 'back pain']) {
    assert.ok(topics.includes(topic), `no FAQ about ${topic}`);
  }
});
