import type { Selectable } from 'kysely';
import { readQuery, type Executor } from '../db/database.js';
import type { Department, MoreInfoTable, Question } from '../db/schema.js';
import { snippet } from './text.js';

export interface AnswerView {
  id: number;
  text: string;
  answeredAt: string;
  doctor: { id: number; name: string; hospital: string; signOff: string; department: { slug: string; name: string } };
}

export interface SimilarView {
  id: number;
  headline: string;
  questionSnippet: string;
  doctorName: string | null;
  department: { slug: string; name: string };
  answerSnippet: string;
}

export interface FaqLinkView {
  id: number;
  question: string;
  snippet: string;
  source: string;
}

export interface MoreInfoView {
  text: string;
  sources: { n: number; title: string; url: string }[];
  provider: string;
  generatedAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  editedAt: string | null;
  hidden: boolean;
}

export interface QuestionView {
  question: Question;
  department: Department;
  answers: AnswerView[];
  moreInfo: MoreInfoView | null;
  similar: SimilarView[];
  faqs: FaqLinkView[];
}

export const SIMILAR_SHOWN = 4;
export const FAQ_SHOWN = 4;

// The page's reads, as prepared statements (db/database.ts, readQuery): every cold question page
// runs them, and building them with Kysely each time cost more than running them.
const questionById = readQuery<Question>('SELECT * FROM questions WHERE id = ?');
const departmentById = readQuery<Department>('SELECT * FROM departments WHERE id = ?');
const answersOf = readQuery<{ id: number; text: string; answered_at: string; doctor_id: number; name: string; hospital: string; sign_off: string; slug: string; name_en: string }>(
  `SELECT a.id, a.text, a.answered_at, doc.id AS doctor_id, doc.name, doc.hospital, doc.sign_off, d.slug, d.name_en
   FROM answers a JOIN doctors doc ON doc.id = a.doctor_id JOIN departments d ON d.id = doc.department_id
   WHERE a.question_id = ? ORDER BY a.answered_at, a.id`,
);
const moreInfoOf = readQuery<Selectable<MoreInfoTable> & { reviewer: string | null }>(
  'SELECT m.*, doc.name AS reviewer FROM more_info m LEFT JOIN doctors doc ON doc.user_id = m.reviewed_by WHERE m.question_id = ?',
);
/*
 * Similar Q&A with each one's first answer and its doctor, in one statement. Status is checked at
 * read time: a question hidden after the list was stored never shows. The boxes show 160-character
 * snippets; reading whole bodies and answers (often several kilobytes, in SQLite's overflow pages)
 * for them made this read 2.5 times slower, hence substr.
 */
const similarOf = readQuery<{ id: number; title: string; headline: string | null; body: string; slug: string; name_en: string; answer_text: string | null; doctor_name: string | null }>(
  `SELECT s.id, s.title, s.headline, s.body, s.slug, s.name_en, substr(a.text, 1, 400) AS answer_text, doc.name AS doctor_name
   FROM (
     SELECT q.id, q.title, q.headline, substr(q.body, 1, 400) AS body, d.slug, d.name_en, qs.rank
     FROM question_similar qs JOIN questions q ON q.id = qs.similar_id JOIN departments d ON d.id = q.department_id
     WHERE qs.question_id = ? AND q.status = 'published'
     ORDER BY qs.rank LIMIT ${SIMILAR_SHOWN}
   ) s
   LEFT JOIN answers a ON a.id = (SELECT f.id FROM answers f WHERE f.question_id = s.id ORDER BY f.answered_at, f.id LIMIT 1)
   LEFT JOIN doctors doc ON doc.id = a.doctor_id
   ORDER BY s.rank`,
);
const faqsOf = readQuery<{ id: number; question: string; answer: string; source: string }>(
  `SELECT f.id, f.question, f.answer, f.source FROM question_faqs qf JOIN faqs f ON f.id = qf.faq_id
   WHERE qf.question_id = ? ORDER BY qf.rank LIMIT ${FAQ_SHOWN}`,
);

export async function loadQuestion(db: Executor, id: number): Promise<Question | undefined> {
  return (await questionById.rows(db, [id]))[0];
}

/** Everything the question page and the JSON API show, in a handful of indexed queries. */
export async function loadQuestionView(db: Executor, question: Question): Promise<QuestionView> {
  const id = [question.id];
  const [[department], answers, [moreInfo], similar, faqs] = await Promise.all([
    departmentById.rows(db, [question.department_id]),
    answersOf.rows(db, id),
    moreInfoOf.rows(db, id),
    similarOf.rows(db, id),
    faqsOf.rows(db, id),
  ]);
  if (!department) throw new Error(`question ${question.id}: department ${question.department_id} not found`);
  return {
    question,
    department,
    answers: answers.map((a) => ({
      id: a.id,
      text: a.text,
      answeredAt: a.answered_at,
      doctor: { id: a.doctor_id, name: a.name, hospital: a.hospital, signOff: a.sign_off, department: { slug: a.slug, name: a.name_en } },
    })),
    moreInfo: moreInfo
      ? {
          text: moreInfo.text,
          sources: JSON.parse(moreInfo.sources),
          provider: moreInfo.provider,
          generatedAt: moreInfo.generated_at,
          reviewedAt: moreInfo.reviewed_at,
          reviewedBy: moreInfo.reviewer ?? null,
          editedAt: moreInfo.edited_at,
          hidden: moreInfo.hidden === 1,
        }
      : null,
    similar: similar.map((s) => ({
      id: s.id,
      headline: s.headline ?? s.title,
      questionSnippet: snippet(s.body, 160),
      doctorName: s.doctor_name ?? null,
      department: { slug: s.slug, name: s.name_en },
      answerSnippet: snippet(s.answer_text ?? '', 160),
    })),
    faqs: faqs.map((f) => ({ id: f.id, question: f.question, snippet: snippet(f.answer, 160), source: f.source })),
  };
}

export function displayHeadline(q: Pick<Question, 'headline' | 'title'>, department: Pick<Department, 'name_en'>): string {
  return `${q.headline ?? q.title} — ${department.name_en}`;
}

export interface QuestionListItem {
  id: number;
  title: string;
  headline: string | null;
  body: string;
  published_at: string | null;
  asked_at: string;
  dept_slug: string;
  dept_name: string;
  answers: number;
}

export async function listPublished(db: Executor, opts: { departmentId?: number; limit: number; offset?: number }): Promise<{ items: QuestionListItem[]; total: number }> {
  let base = db.selectFrom('questions').where('questions.status', '=', 'published');
  if (opts.departmentId) base = base.where('questions.department_id', '=', opts.departmentId);
  const [items, total] = await Promise.all([
    base
      .innerJoin('departments', 'departments.id', 'questions.department_id')
      .select([
        'questions.id',
        'questions.title',
        'questions.headline',
        'questions.body',
        'questions.published_at',
        'questions.asked_at',
        'departments.slug as dept_slug',
        'departments.name_en as dept_name',
        (eb) => eb.selectFrom('answers').select((e) => e.fn.countAll<number>().as('n')).whereRef('answers.question_id', '=', 'questions.id').as('answers'),
      ])
      .orderBy('questions.published_at', 'desc')
      .orderBy('questions.id', 'desc')
      .limit(opts.limit)
      .offset(opts.offset ?? 0)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((i) => ({ ...i, answers: Number(i.answers) })), total: Number(total.n) };
}
