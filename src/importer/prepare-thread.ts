import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Department, Lang, QuestionTable } from '../db/schema.js';
import { deidentify, triage } from '../safety/index.js';
import { detectLang } from '../similarity/index.js';
import { deriveTitle, searchText, textHash } from '../questions/text.js';
import { answersOf, type QaRecord } from './qa-record.js';

/*
 * Turning an imported thread into rows is pure work (language, de-identification, triage,
 * search tokens) and most of an import's CPU time, so it is kept apart from storage and can
 * run on worker threads (prepare-pool.ts).
 */

export const IMPORTED_AUTHOR = 'Imported answer';

/** Archives without dates get stable made-up ones (the same id always gets the same date). */
function syntheticDate(id: string, offsetDays = 0): string {
  const h = createHash('sha1').update(id).digest().readUInt32BE(0);
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return new Date(start + (h % span) + offsetDays * 86400_000).toISOString();
}

const DEFAULT_ASKER: Record<Lang, string> = { en: 'Anonymous', 'zh-Hant': '匿名', 'zh-Hans': '匿名' };

/** A thread made ready for storage: de-identified, triaged and tokenised. Pure, so it can run anywhere. */
export interface StorableThread {
  externalId: string;
  question: Omit<Insertable<QuestionTable>, 'external_id' | 'asker_user_id' | 'headline' | 'headline_edited' | 'consent_at' | 'created_at'>;
  answers: { text: string; doctorName: string; hospital: string; answeredAt: string }[];
}

/**
 * A title and a body de-identified as each on its own. A title that is the whole body (archives often repeat the
 * question as its title, and deriveTitle returns a short one-sentence question whole) reuses the body's result:
 * de-identification is a pure function of the text and language, so that is the same bytes for one call fewer.
 * A title that is only the body's beginning is de-identified on its own: the detectors read what follows a span and
 * where the text ends (a signature closes a post), so "…worse. thanks, tina" loses the name as a title but not as
 * the start of a longer body.
 */
export function deidentifyTitleAndBody(
  title: string, body: string, lang: Lang, deid: typeof deidentify = deidentify,
): { title: string; body: string } {
  const bodyText = deid(body, lang).text;
  return { title: title === body ? bodyText : deid(title, lang).text, body: bodyText };
}

export function prepareThread(r: QaRecord, department: Pick<Department, 'id'>, now: string): StorableThread {
  const lang: Lang = r.lang ?? detectLang(`${r.title ?? ''}\n${r.question}`);
  const { title, body } = deidentifyTitleAndBody(r.title?.trim() || deriveTitle(r.question), r.question, lang);
  const answers = answersOf(r);
  const askedAt = r.asked_at ?? syntheticDate(r.id);
  const red = triage(`${title}\n${body}`, lang);
  const status = answers.length ? 'published' : 'pending';
  const answeredDates = answers.map((a, i) => a.answeredAt ?? syntheticDate(`${r.id}#${i}`, 0));
  // Made-up reply dates must come after the ask date.
  const replyDates = answeredDates.map((d, i) => (d > askedAt ? d : new Date(new Date(askedAt).getTime() + (i + 1) * 86400_000).toISOString()));
  return {
    externalId: r.id,
    question: {
      source: r.source ?? 'import',
      source_url: r.url ?? null,
      department_id: department.id,
      title,
      body,
      lang,
      asker_name: r.asker?.name?.trim() || DEFAULT_ASKER[lang],
      asker_age_range: r.asker?.age_range ?? null,
      asker_sex: r.asker?.sex ?? null,
      status,
      urgent: red.emergency ? 1 : 0,
      triage_categories: red.categories.length ? JSON.stringify(red.categories) : null,
      asked_at: askedAt,
      published_at: status === 'published' ? replyDates[0] : null,
      updated_at: now,
      search_text: searchText(title, body),
      text_hash: textHash(title, body),
      tags: r.tags?.length ? JSON.stringify(r.tags) : null,
    },
    answers: answers.map((a, i) => ({ text: a.text, doctorName: a.doctor?.name ?? IMPORTED_AUTHOR, hospital: a.doctor?.hospital ?? '', answeredAt: replyDates[i] })),
  };
}


export type PreparedOrError = StorableThread | { error: string };

/** A thread no rule can handle is reported on its line, not allowed to stop the import. */
export function prepareSafely(r: QaRecord, department: Pick<Department, 'id'>, now: string): PreparedOrError {
  try {
    return prepareThread(r, department, now);
  } catch (err) {
    return { error: `could not be prepared: ${(err as Error).message.split('\n')[0].slice(0, 200)}` };
  }
}
