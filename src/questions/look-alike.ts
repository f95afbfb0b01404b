import type { AppDeps } from '../context.js';

/** Answered questions that look like a text being typed (the ask form's "these look like yours"). */
export async function lookAlike(deps: Pick<AppDeps, 'related'>, text: string, k: number): Promise<{ id: number; title: string; url: string }[]> {
  // A hint, not the form's purpose: without the question index the form works without it.
  if (text.trim().length < 12 || !deps.related.available) return [];
  const hits = (await deps.related.questions.query(text, { k }).catch(() => [])).filter((h) => h.score >= 0.1);
  return hits.map((h) => ({ id: Number(h.id), title: deps.related.titles.get(h.id) ?? 'Answered question', url: `/questions/${h.id}` }));
}
