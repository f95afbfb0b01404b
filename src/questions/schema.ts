import { z } from 'zod';

export const AGE_RANGES = ['0~9', '10~19', '20~29', '30~39', '40~49', '50~59', '60~69', '70~79', '80~89', '90+'] as const;
export const SEXES = ['female', 'male', 'other', 'unspecified'] as const;
export const MAX_BODY = 10_000;

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

/** What a patient submits, from the ask form or POST /api/questions. */
export const askSchema = z.object({
  department: z.string({ error: 'Choose a department' }).trim().min(1, 'Choose a department'),
  title: z.string({ error: 'Write a short title' }).trim().min(5, 'Write a title of at least 5 characters').max(150, 'Keep the title under 150 characters'),
  body: z
    .string({ error: 'Describe your question' })
    .trim()
    .min(20, 'Describe your question in at least 20 characters')
    .max(MAX_BODY, `Keep the question under ${MAX_BODY.toLocaleString('en')} characters`),
  displayName: z.string({ error: 'Choose a pseudonym' }).trim().min(2, 'Choose a pseudonym of at least 2 characters').max(40, 'Keep the pseudonym under 40 characters'),
  ageRange: z.enum(AGE_RANGES, { error: 'Choose an age range' }),
  sex: z.enum(SEXES, { error: 'Choose one' }),
  consent: checkbox.refine((v) => v === true, 'Please agree to public posting, or your question cannot be published'),
});

export type AskInput = z.infer<typeof askSchema>;

export const answerSchema = z.object({
  text: z.string({ error: 'Write your answer' }).trim().min(20, 'Write an answer of at least 20 characters').max(MAX_BODY, 'Keep the answer under 10,000 characters'),
});
