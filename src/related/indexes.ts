import type { Executor } from '../db/database.js';
import { createSimilarityIndex, type SimilarityIndex } from '../similarity/index.js';

/**
 * In-memory similarity indexes over published questions and FAQ entries,
 * rebuilt from the database at start-up and kept current by `sync`, which
 * reads rows changed since the last sync. Any process (another app server,
 * the CLI) may have written them, so the database is the source of truth.
 */
export interface RelatedIndexes {
  questions: SimilarityIndex;
  faqs: SimilarityIndex;
  /** text_hash of each indexed question, so copies of one text are never both suggested. */
  questionHash: Map<string, string>;
  /** Display title (headline or asker's title) of each indexed question, for suggestion lists. */
  titles: Map<string, string>;
  /** Department id of each indexed question, for filtered search. */
  departmentOf: Map<string, number>;
  sync(db: Executor): Promise<{ questions: number; faqs: number }>;
}

// Rows written by a transaction that committed just after our last read can
// carry an earlier timestamp; re-reading a short overlap is harmless (add replaces).
const OVERLAP_MS = 10_000;

export const questionDocText = (title: string, body: string) => (title && !body.startsWith(title) ? `${title}\n${body}` : body);
export const faqDocText = (question: string, focus: string) => (focus && !question.toLowerCase().includes(focus.toLowerCase()) ? `${question} (${focus})` : question);

export function createRelatedIndexes(): RelatedIndexes {
  const questions = createSimilarityIndex();
  const faqs = createSimilarityIndex();
  const questionHash = new Map<string, string>();
  const titles = new Map<string, string>();
  const departmentOf = new Map<string, number>();
  let questionCursor = '';
  let faqCursor = '';
  let syncing: Promise<{ questions: number; faqs: number }> | undefined;

  async function syncOnce(db: Executor) {
    const startedAt = new Date(Date.now() - OVERLAP_MS).toISOString();
    let nq = 0;
    let nf = 0;
    // Page through changes so a first build over 100k rows does not hold one giant result.
    let afterId = 0;
    for (;;) {
      const rows = await db
        .selectFrom('questions')
        .select(['id', 'title', 'headline', 'body', 'lang', 'status', 'text_hash', 'department_id'])
        .where('updated_at', '>=', questionCursor)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(5000)
        .execute();
      if (rows.length === 0) break;
      const add = [];
      for (const r of rows) {
        const id = String(r.id);
        if (r.status === 'published') {
          add.push({ id, text: questionDocText(r.title, r.body), lang: r.lang });
          questionHash.set(id, r.text_hash);
          titles.set(id, r.headline ?? r.title);
          departmentOf.set(id, r.department_id);
        } else if (questions.has(id)) {
          questions.remove(id);
          questionHash.delete(id);
          titles.delete(id);
          departmentOf.delete(id);
        }
      }
      questions.add(add);
      nq += rows.length;
      afterId = rows[rows.length - 1].id;
    }
    afterId = 0;
    for (;;) {
      const rows = await db
        .selectFrom('faqs')
        .select(['id', 'question', 'focus', 'lang'])
        .where('updated_at', '>=', faqCursor)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(5000)
        .execute();
      if (rows.length === 0) break;
      faqs.add(rows.map((r) => ({ id: String(r.id), text: faqDocText(r.question, r.focus), lang: r.lang })));
      nf += rows.length;
      afterId = rows[rows.length - 1].id;
    }
    questionCursor = startedAt;
    faqCursor = startedAt;
    return { questions: nq, faqs: nf };
  }

  return {
    questions,
    faqs,
    questionHash,
    titles,
    departmentOf,
    sync(db) {
      // One sync at a time; callers arriving meanwhile share its result.
      syncing ??= syncOnce(db).finally(() => (syncing = undefined));
      return syncing;
    },
  };
}
