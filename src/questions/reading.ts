import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { Department, Question } from '../db/schema.js';
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

/**
 * Similar Q&A shows 160-character snippets; reading whole bodies and answers (often several
 * kilobytes, in SQLite's overflow pages) for them made that query 2.5 times slower.
 */
const SNIPPET_SOURCE_CHARS = 400;
function snippetSource(column: 'questions.body' | 'answers.text', as: 'body' | 'text' = 'body') {
  return sql<string>`substr(${sql.ref(column)}, 1, ${sql.lit(SNIPPET_SOURCE_CHARS)})`.as(as);
}

export async function loadQuestion(db: Executor, id: number): Promise<Question | undefined> {
  return db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Everything the question page and the JSON API show, in a handful of indexed queries. */
export async function loadQuestionView(db: Executor, question: Question): Promise<QuestionView> {
  const id = question.id;
  const [department, answers, moreInfo, similar, faqs] = await Promise.all([
    db.selectFrom('departments').selectAll().where('id', '=', question.department_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('answers')
      .innerJoin('doctors', 'doctors.id', 'answers.doctor_id')
      .innerJoin('departments', 'departments.id', 'doctors.department_id')
      .select([
        'answers.id',
        'answers.text',
        'answers.answered_at',
        'doctors.id as doctor_id',
        'doctors.name',
        'doctors.hospital',
        'doctors.sign_off',
        'departments.slug',
        'departments.name_en',
      ])
      .where('answers.question_id', '=', id)
      .orderBy('answers.answered_at')
      .orderBy('answers.id')
      .execute(),
    db
      .selectFrom('more_info')
      .leftJoin('doctors', 'doctors.user_id', 'more_info.reviewed_by')
      .selectAll('more_info')
      .select('doctors.name as reviewer')
      .where('more_info.question_id', '=', id)
      .executeTakeFirst(),
    // Status is checked at read time: a question hidden after the list was stored never shows.
    db
      .selectFrom('question_similar')
      .innerJoin('questions', 'questions.id', 'question_similar.similar_id')
      .innerJoin('departments', 'departments.id', 'questions.department_id')
      .select(['questions.id', 'questions.title', 'questions.headline', snippetSource('questions.body'), 'departments.slug', 'departments.name_en'])
      .where('question_similar.question_id', '=', id)
      .where('questions.status', '=', 'published')
      .orderBy('question_similar.rank')
      .limit(SIMILAR_SHOWN)
      .execute(),
    db
      .selectFrom('question_faqs')
      .innerJoin('faqs', 'faqs.id', 'question_faqs.faq_id')
      .select(['faqs.id', 'faqs.question', 'faqs.answer', 'faqs.source'])
      .where('question_faqs.question_id', '=', id)
      .orderBy('question_faqs.rank')
      .limit(FAQ_SHOWN)
      .execute(),
  ]);
  const similarIds = similar.map((s) => s.id);
  const firstAnswers = similarIds.length
    ? await db
        .selectFrom('answers')
        .innerJoin('doctors', 'doctors.id', 'answers.doctor_id')
        .select(['answers.question_id', snippetSource('answers.text', 'text'), 'answers.answered_at', 'doctors.name'])
        .where('answers.question_id', 'in', similarIds)
        .orderBy('answers.answered_at')
        .execute()
    : [];
  const firstAnswer = new Map<number, { text: string; name: string }>();
  for (const a of firstAnswers) if (!firstAnswer.has(a.question_id)) firstAnswer.set(a.question_id, { text: a.text, name: a.name });

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
      doctorName: firstAnswer.get(s.id)?.name ?? null,
      department: { slug: s.slug, name: s.name_en },
      answerSnippet: snippet(firstAnswer.get(s.id)?.text ?? '', 160),
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
