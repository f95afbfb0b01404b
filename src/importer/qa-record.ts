import { z } from 'zod';

export const MAX_IMPORT_BODY = 20_000;

const doctorSchema = z.object({
  name: z.string().trim().min(1).max(200),
  department: z.string().max(200).nullish(),
  hospital: z.string().max(300).nullish(),
});

const answerSchema = z.union([
  z.string(),
  z.object({ text: z.string(), doctor: doctorSchema.nullish(), answered_at: z.string().nullish() }),
]);

const isoDate = z
  .string()
  .nullish()
  .transform((v) => (v && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null));

/** One thread of CONTRACTS.md's import format; unknown fields are ignored. */
export const qaRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'empty "id"').max(300)),
  question: z.string().trim().min(1, '"question" is empty').max(MAX_IMPORT_BODY, `"question" is longer than ${MAX_IMPORT_BODY.toLocaleString('en')} characters`),
  title: z.string().max(1000).nullish(),
  department: z.string().max(200).nullish(),
  lang: z.enum(['en', 'zh-Hant', 'zh-Hans']).nullish().catch(null),
  asker: z
    .object({
      name: z.string().max(100).nullish(),
      age_range: z.string().max(20).nullish(),
      sex: z.enum(['female', 'male', 'other']).nullish().catch(null),
    })
    .nullish()
    .catch(null),
  asked_at: isoDate,
  url: z.string().max(2000).nullish(),
  source: z.string().max(200).nullish(),
  tags: z.array(z.string().max(200)).max(50).nullish().catch(null),
  answers: z.array(answerSchema).max(100).nullish(),
  answer: z.string().nullish(),
});

export type QaRecord = z.infer<typeof qaRecordSchema>;

export interface NormalisedAnswer {
  text: string;
  doctor: { name: string; department?: string | null; hospital?: string | null } | null;
  answeredAt: string | null;
}

/** `answer` alone counts as one answer; `answers` wins when both are given (the seeds repeat the first). */
export function answersOf(r: QaRecord): NormalisedAnswer[] {
  const list = r.answers && r.answers.length ? r.answers : r.answer ? [r.answer] : [];
  return list
    .map((a) =>
      typeof a === 'string'
        ? { text: a.trim(), doctor: null, answeredAt: null }
        : { text: a.text.trim(), doctor: a.doctor ?? null, answeredAt: a.answered_at && !Number.isNaN(Date.parse(a.answered_at)) ? new Date(a.answered_at).toISOString() : null },
    )
    .filter((a) => a.text.length > 0)
    .map((a) => ({ ...a, text: a.text.slice(0, MAX_IMPORT_BODY) }));
}

/** The first problem with a record, worded for `line N: reason`. */
export function describeIssue(value: unknown, error: z.ZodError): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (v.question === undefined || v.question === null) return 'missing "question"';
  if (v.id === undefined || v.id === null) return 'missing "id"';
  const issue = error.issues[0];
  if (issue.path[0] === 'question' && issue.code === 'too_big') return `"question" is longer than ${MAX_IMPORT_BODY.toLocaleString('en')} characters (${String(v.question).length.toLocaleString('en')})`;
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}
